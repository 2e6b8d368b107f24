package org.augur.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.augur.cli.ExitCodes;
import org.augur.corpus.CorpusException;
import org.augur.nlp.Lexicon;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.augur.spark.SparkExtract augur-spark.jar CORPUS -o OUT}: {@code augur
 * extract} as a Spark job. Lists the corpus on the driver ({@link SparkCorpus}), processes the articles in
 * {@code mapPartitions} with one pipeline per executor JVM ({@link ExecutorPipeline}), gives persons their
 * run-wide canonical names with joins ({@link SparkNames}) and writes each table as a folder of part files
 * ({@code OUT/documents/part-*.csv}, …) with a header row, in the CLI's row order, or as Parquet.
 */
@Command(name = "augur-spark", mixinStandardHelpOptions = true,
        description = "Extract actors, topics and forecasts from a corpus into tables, as a Spark job.",
        footer = {"%nExit codes: 0 every article processed, 1 some failed (see the errors table), 2 usage or "
                + "corpus error, 3 cannot run (a model missing)."})
public final class SparkExtract implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "Folders (read recursively: .txt, .md, .html, .htm), files or globs on any Hadoop file system. Default: corpus")
    List<String> inputs = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the tables, one folder each (default: ${DEFAULT-VALUE}).")
    String output = "output";

    @Option(names = "--models", paramLabel = "FILE", description = "Models file, read on the driver (default: ${DEFAULT-VALUE}).")
    Path models = Models.defaultFile();

    @Option(names = "--topics", paramLabel = "FILE", description = "Topic taxonomy replacing the built-in one, read on the driver.")
    Path topics;

    @Option(names = "--threads", paramLabel = "N",
            description = "Cores per executor (spark.executor.cores): tasks that share the executor's pipeline. Default: the cluster's.")
    Integer threads;

    @Option(names = "--format", paramLabel = "csv|tsv|parquet", description = "Table format (default: ${DEFAULT-VALUE}).")
    String format = "csv";

    @Option(names = "--no-header", description = "Leave out the header row of each part file.")
    boolean noHeader;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = 10_000_000;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the article list (default: 4 per core of the default parallelism, at most one per article).")
    Integer partitions;

    @Option(names = "--quiet", description = "Print nothing but errors: no summary.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SparkExtract());
    }

    /** What a job did: articles, failed articles, rows per table, pipeline loads, seconds. */
    public record Summary(long articles, long failed, Map<Table, Long> rows, long pipelineLoads, double seconds) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("csv", "tsv", "parquet").contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv, tsv or parquet");
        }
        PipelineSpec pipeline;
        try {
            Models declared = Models.read(models);
            declared.verify();
            List<List<String>> taxonomy = topics == null ? null
                    : Lexicon.rows(Lexicon.lines(topics)).stream().map(Arrays::asList).toList();
            pipeline = new PipelineSpec(models.toString(), declared.entries(), taxonomy, maxBytes);
        } catch (ModelException e) {
            err.println("augur-spark: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IOException | IllegalArgumentException e) {
            err.println("augur-spark: cannot read the topic taxonomy " + topics + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("augur");
        if (threads != null) {
            builder.config("spark.executor.cores", threads);
        }
        SparkSession spark = builder.getOrCreate();
        Summary s;
        try {
            s = run(spark, inputs.isEmpty() ? List.of("corpus") : inputs, pipeline);
        } catch (CorpusException e) {
            err.println("augur-spark: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "augur-spark: %s (%d failed), %s, %s, %s, %s, in %.1f s → %s%n",
                    count(s.articles(), "article"), s.failed(), count(s.rows().get(Table.ACTORS), "actor"),
                    count(s.rows().get(Table.TOPICS), "topic"), count(s.rows().get(Table.FORECASTS), "forecast"),
                    count(s.pipelineLoads(), "pipeline load"), s.seconds(), output);
        }
        err.flush();
        return s.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Runs the job on {@code spark}: lists, processes and writes every table under {@link #output}. */
    Summary run(SparkSession spark, List<String> corpus, PipelineSpec pipeline) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<SourceRef> sources = SparkCorpus.list(corpus, jsc.hadoopConfiguration());
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        LongAccumulator loads = jsc.sc().longAccumulator("augur.pipelineLoads");
        int slices = Math.max(1, Math.min(sources.size(),
                partitions != null ? partitions : 4 * jsc.defaultParallelism()));
        JavaRDD<TaskRows.Cell> cells = jsc.parallelize(sources, slices)
                .mapPartitions(it -> TaskRows.of(it, pipeline, conf, loads))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<Table, Dataset<Row>> tables = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            tables.put(t, table(spark, cells, t));
        }
        SparkNames.Names names = SparkNames.of(tables.get(Table.ACTORS));
        tables.put(Table.ACTORS, SparkNames.actors(tables.get(Table.ACTORS), names));
        tables.put(Table.FORECASTS, SparkNames.forecasts(tables.get(Table.FORECASTS), names));
        for (Table t : Table.values()) {
            Dataset<Row> table = tables.get(t);
            // The rows come out of the tasks in doc_id order (the article list is sorted and parallelize and
            // mapPartitions keep its order); only the tables the names pass joined need sorting again.
            if (t == Table.ACTORS || t == Table.FORECASTS) {
                table = table.orderBy("_article", "_row");
            }
            write(table.select(t.columns().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new)),
                    output + "/" + t.label());
        }
        Map<Table, Long> rows = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            rows.put(t, 0L);
        }
        cells.map(TaskRows.Cell::table).countByValue().forEach((t, n) -> rows.put(Table.values()[t], n));
        long failed = rows.get(Table.ERRORS);
        cells.unpersist(false);
        return new Summary(sources.size(), failed, rows, loads.value(), (System.nanoTime() - start) / 1e9);
    }

    /** One table's rows as strings, as the CLI writes them, with their place in the CLI's order. */
    private static Dataset<Row> table(SparkSession spark, JavaRDD<TaskRows.Cell> cells, Table t) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("_article", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("_row", DataTypes.IntegerType, false));
        for (String c : t.columns()) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, false));
        }
        int ordinal = t.ordinal();
        JavaRDD<Row> rows = cells.filter(c -> c.table() == ordinal).map(c -> {
            Object[] values = new Object[c.cells().length + 2];
            values[0] = c.article();
            values[1] = c.row();
            System.arraycopy(c.cells(), 0, values, 2, c.cells().length);
            return RowFactory.create(values);
        });
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private void write(Dataset<Row> table, String path) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("parquet")) {
            table.write().mode(SaveMode.Overwrite).parquet(path);
            return;
        }
        // RFC 4180 as the CLI writes it: quotes doubled (Spark's default escape is a backslash), cells
        // kept with their spaces, an empty cell empty (not ""), one line feed per row.
        table.write().mode(SaveMode.Overwrite)
                .option("header", !noHeader)
                .option("sep", f.equals("tsv") ? "\t" : ",")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", false)
                .option("ignoreTrailingWhiteSpace", false)
                .option("emptyValue", "")
                .option("lineSep", "\n")
                .csv(path);
    }
}
