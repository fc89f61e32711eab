package org.annalist.spark;

import java.util.ArrayList;
import java.util.List;
import org.annalist.batch.BatchDocument;
import org.annalist.entity.Entity;
import org.annalist.entity.Mention;
import org.annalist.event.ExtractedEvent;
import org.annalist.temporal.TimeInterval;
import org.annalist.temporal.Timex;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet tables the job writes, one row a date, a mention or an event, with the document it came from. */
final class Tables {

    static final StructType TIMEXES = schema(
            text("document"), text("content_hash"), number("begin"), number("end"), text("text"), text("type"),
            text("value"), text("mod"), text("start"), text("end_exclusive"), text("granularity"), text("unresolved"));

    static final StructType MENTIONS = schema(
            text("document"), text("content_hash"), number("begin"), number("end"), text("text"), text("entity_id"),
            text("entity_type"), text("entity_name"), text("how"), real("confidence"));

    static final StructType EVENTS = schema(
            text("document"), text("content_hash"), number("passage_begin"), number("passage_end"), text("title"),
            text("language"), text("date_value"), text("date_text"), text("start"), text("end_exclusive"),
            text("date_how"), text("polarity"), real("confidence"), list("actors"), list("places"), list("regions"));

    private Tables() {
    }

    static List<Row> timexes(BatchDocument read) {
        List<Row> rows = new ArrayList<>();
        if (read.extraction() == null) {
            return rows;
        }
        for (Timex t : read.extraction().timexes()) {
            TimeInterval interval = t.interval();
            rows.add(RowFactory.create(read.input().name(), read.document().contentHash(), t.begin(), t.end(), t.text(),
                    name(t.type()), t.value(), name(t.mod()), interval == null ? null : String.valueOf(interval.start()),
                    interval == null ? null : String.valueOf(interval.end()),
                    interval == null ? null : name(interval.granularity()), t.unresolvedReason()));
        }
        return rows;
    }

    static List<Row> mentions(BatchDocument read) {
        List<Row> rows = new ArrayList<>();
        if (read.extraction() == null) {
            return rows;
        }
        for (Mention m : read.extraction().mentions()) {
            Entity e = m.entity();
            rows.add(RowFactory.create(read.input().name(), read.document().contentHash(), m.begin(), m.end(), m.text(),
                    e == null ? null : e.id(), e == null ? null : name(e.type()), e == null ? null : e.nameFr(),
                    name(m.how()), m.confidence()));
        }
        return rows;
    }

    static List<Row> events(BatchDocument read) {
        List<Row> rows = new ArrayList<>();
        if (read.extraction() == null) {
            return rows;
        }
        for (ExtractedEvent e : read.extraction().events()) {
            Timex date = e.dateTimex();
            TimeInterval interval = date == null ? null : date.interval();
            rows.add(RowFactory.create(read.input().name(), read.document().contentHash(), e.passageBegin(),
                    e.passageEnd(), e.title(), e.language(), date == null ? null : date.value(),
                    date == null ? null : date.text(), interval == null ? null : String.valueOf(interval.start()),
                    interval == null ? null : String.valueOf(interval.end()), name(e.dateHow()), name(e.polarity()),
                    e.confidence(),
                    e.actors().stream().map(a -> a.entity().id() + ":" + a.role().name()).toList().toArray(String[]::new),
                    e.places().stream().map(Entity::id).toList().toArray(String[]::new),
                    e.regions().toArray(String[]::new)));
        }
        return rows;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField number(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, false);
    }

    private static StructField real(String name) {
        return DataTypes.createStructField(name, DataTypes.DoubleType, false);
    }

    private static StructField list(String name) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, false), false);
    }
}
