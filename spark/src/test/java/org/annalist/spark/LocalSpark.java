package org.annalist.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark on this machine's two cores, listening on loopback only, without its web UI: one per test class, and a
 * temporary folder per test.
 */
abstract class LocalSpark {

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("annalist-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
