package org.augur.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.augur.actor.ActorType;
import org.augur.actor.RunNames;
import org.augur.table.Cells;

/**
 * The CLI's run-wide canonical names pass ({@link org.augur.pipeline.CanonicalNames}, {@link RunNames})
 * as Spark joins, so that no table and no list of names is gathered on the driver: the run's full person
 * names are exploded into their suffixes, a suffix with exactly one full name renames the persons it
 * matches, and a short name stays as it is in an article that already has an actor under the full name.
 */
final class SparkNames {
    private static final UserDefinedFunction FULL_NAME = udf((UDF2<String, String, String>) (name, type) ->
            RunNames.fullName(name, ActorType.valueOf(type)), DataTypes.StringType);
    private static final UserDefinedFunction SUFFIXES = udf((UDF1<String, String[]>) full ->
            RunNames.suffixes(full).toArray(String[]::new), DataTypes.createArrayType(DataTypes.StringType));
    private static final UserDefinedFunction KEY = udf((UDF1<String, String>) RunNames::key, DataTypes.StringType);

    private SparkNames() {
    }

    /** Short name → the run's one fuller name ({@code name}, {@code full}), and (doc, actor) pairs ({@code dn_doc}, {@code dn_name}). */
    record Names(Dataset<Row> renames, Dataset<Row> docNames) {
    }

    static Names of(Dataset<Row> actors) {
        Dataset<Row> fulls = actors.select(FULL_NAME.apply(col("actor"), col("type")).as("full"))
                .where(col("full").isNotNull()).distinct();
        Dataset<Row> bySuffix = fulls.select(explode(SUFFIXES.apply(col("full"))).as("suffix"), col("full"))
                .groupBy("suffix").agg(count("full").as("n"), first("full").as("candidate"))
                .where(col("n").equalTo(1)).select("suffix", "candidate");
        Dataset<Row> persons = actors.where(col("type").equalTo(ActorType.PERSON.name()))
                .select(col("actor").as("name")).distinct();
        Dataset<Row> renames = persons.join(bySuffix, KEY.apply(col("name")).equalTo(col("suffix")))
                .where(col("candidate").notEqual(col("name"))).select(col("name"), col("candidate").as("full"));
        Dataset<Row> docNames = actors.select(col("doc_id").as("dn_doc"), col("actor").as("dn_name")).distinct();
        return new Names(renames, docNames);
    }

    /**
     * {@code df} with the name in {@code column} given its full name in {@code doc}'s article unless that
     * article already has an actor under the full name.
     */
    static Dataset<Row> rename(Dataset<Row> df, String doc, String column, Names names) {
        String[] keep = df.columns();
        Dataset<Row> joined = df.join(names.renames(), df.col(column).equalTo(names.renames().col("name")), "left")
                .join(names.docNames(), col(doc).equalTo(col("dn_doc")).and(col("full").equalTo(col("dn_name"))), "left");
        Column renamed = when(col("full").isNotNull().and(col("dn_name").isNull()), col("full")).otherwise(col(column));
        Column[] out = new Column[keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[i] = keep[i].equals(column) ? renamed.as(column) : col(keep[i]);
        }
        return joined.select(out);
    }

    /** actors.csv's actor column renamed. */
    static Dataset<Row> actors(Dataset<Row> actors, Names names) {
        return rename(actors, "doc_id", "actor", names);
    }

    /**
     * forecasts.csv's predictor and actors columns renamed; the actors list cell is split, each name renamed
     * and the list joined again in its order. Rows are keyed by {@code _article} and {@code _row}.
     */
    static Dataset<Row> forecasts(Dataset<Row> forecasts, Names names) {
        Dataset<Row> withPredictor = rename(forecasts, "doc_id", "predictor", names);
        Dataset<Row> parts = forecasts.select(col("_article"), col("_row"), col("doc_id"),
                posexplode(split(col("actors"), Pattern.quote(Cells.LIST_SEPARATOR), -1)).as(new String[] {"pos", "one"}));
        Dataset<Row> lists = rename(parts, "doc_id", "one", names)
                .groupBy(col("_article").as("l_article"), col("_row").as("l_row"))
                .agg(expr("array_join(transform(sort_array(collect_list(struct(pos, one))), x -> x.one), '"
                        + Cells.LIST_SEPARATOR + "')").as("l_actors"));
        String[] keep = withPredictor.columns();
        Column[] out = new Column[keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[i] = keep[i].equals("actors") ? col("l_actors").as("actors") : col(keep[i]);
        }
        return withPredictor.join(lists, col("_article").equalTo(col("l_article")).and(col("_row").equalTo(col("l_row"))))
                .select(out);
    }
}
