package org.augur.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.augur.corpus.CorpusException;
import org.augur.corpus.CorpusLister;
import org.augur.corpus.Metadata;
import org.augur.corpus.MetadataFile;

/**
 * Lists a corpus on any Hadoop file system (local, HDFS, S3 through the cluster's connectors) by the CLI's
 * conventions ({@link CorpusLister}): each input is a folder, a file or a glob; a folder is read
 * recursively for article extensions with doc_ids relative to it and metadata from its metadata.csv; a
 * file named directly has its file name as doc_id and metadata from the metadata.csv beside it. The result
 * is sorted by doc_id without duplicates. Only paths and metadata are held on the driver, as Spark's own
 * file listing does; the articles are read in the tasks.
 */
final class SparkCorpus {
    private SparkCorpus() {
    }

    static List<SourceRef> list(List<String> inputs, Configuration conf) {
        List<SourceRef> out = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path pattern = new Path(input);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    throw new CorpusException("no such file or folder: " + input);
                }
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        walk(fs, m.getPath(), out);
                    } else {
                        Map<String, Metadata> meta = metadata(fs, m.getPath().getParent());
                        String name = m.getPath().getName();
                        out.add(SourceRef.of(0, name, m.getPath().toString(), m.getLen(), name,
                                meta.getOrDefault(name, Metadata.NONE)));
                    }
                }
            }
        } catch (IOException e) {
            throw new CorpusException("cannot list the corpus: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(SourceRef::docId));
        List<SourceRef> unique = new ArrayList<>();
        for (SourceRef s : out) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).docId().equals(s.docId())) {
                unique.add(s.withIndex(unique.size()));
            }
        }
        return unique;
    }

    private static void walk(FileSystem fs, Path root, List<SourceRef> out) throws IOException {
        Map<String, Metadata> metadata = metadata(fs, root);
        String prefix = root.toUri().getPath();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
            LocatedFileStatus f = files.next();
            String path = f.getPath().toUri().getPath();
            String id = path.startsWith(prefix) ? path.substring(prefix.length()) : f.getPath().getName();
            if (!CorpusLister.isArticle(f.getPath().getName()) || id.equals(MetadataFile.NAME)) {
                continue;
            }
            out.add(SourceRef.of(0, id, f.getPath().toString(), f.getLen(), f.getPath().getName(),
                    metadata.getOrDefault(id, Metadata.NONE)));
        }
    }

    private static Map<String, Metadata> metadata(FileSystem fs, Path folder) throws IOException {
        Path file = new Path(folder, MetadataFile.NAME);
        if (!fs.isFile(file)) {
            return new HashMap<>();
        }
        try (Reader r = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8.newDecoder())) {
            return MetadataFile.read(r, file.toString());
        }
    }
}
