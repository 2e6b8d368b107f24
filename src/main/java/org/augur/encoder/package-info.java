/**
 * The sentence encoder: all-MiniLM-L6-v2 run in process by ONNX Runtime, for a classifier that reads the
 * whole sentence (issue 25). {@link org.augur.encoder.WordPiece} turns a sentence into BERT token ids from the
 * {@code tokenizer.json} shipped with the model; {@link org.augur.encoder.SentenceEncoder} runs the shipped
 * ONNX graph, with the fine-tuned initializers (whole, or as changes to the graph's) and the linear head of
 * an {@link org.augur.encoder.EncoderWeights} file, in float32 or with its weight products rewritten to
 * int8 ({@code Int8Graph}), and gives each sentence a probability. ONNX Runtime types stay inside this
 * package.
 */
package org.augur.encoder;
