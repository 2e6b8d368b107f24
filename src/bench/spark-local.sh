#!/usr/bin/env bash
# The Spark job in local mode without a Spark distribution: target/augur-spark.jar (mvn -Pspark package)
# with Spark's own jars from ~/.m2 (this project's provided scope) and log4j's SLF4J binding, as a
# cluster's Spark would put them, started with the --add-opens flags spark-submit passes on Java 17.
# Usage: src/bench/spark-local.sh CORPUS -o OUT [augur-spark options]
# Environment: MASTER (default local[2]), EVENTS (event log folder, default /tmp/spark-events).
set -euo pipefail
cd "$(dirname "$0")/../.."
test -f target/augur-spark.jar || { echo "spark-local: run mvn -Pspark package first" >&2; exit 3; }
cp_file=target/spark-local.classpath
if [ ! -s "$cp_file" ] || [ pom.xml -nt "$cp_file" ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided.classpath >&2
  mvn -B -q dependency:get -Dartifact=org.apache.logging.log4j:log4j-slf4j2-impl:2.24.3 >&2
  # Spark's jars and slf4j-api, without slf4j-simple (the CLI's binding): log4j is the only SLF4J provider.
  { tr ':' '\n' < target/provided.classpath | grep -v slf4j-simple
    echo "$HOME/.m2/repository/org/apache/logging/log4j/log4j-slf4j2-impl/2.24.3/log4j-slf4j2-impl-2.24.3.jar"
  } | paste -sd: > "$cp_file"
fi
opens="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
opens="$opens -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
# The launcher's JIT and heap options (see ./augur), so that the CLI and the job run the same JVM.
jit="-XX:-DontCompileHugeMethods -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:FreqInlineSize=150"
events="${EVENTS:-/tmp/spark-events}"
mkdir -p "$events"
exec java $jit -Xms1200m -Xmx3g -XX:+UseSerialGC $opens -cp "target/augur-spark.jar:$(cat "$cp_file")" \
  -Dspark.master="${MASTER:-local[2]}" -Dspark.eventLog.enabled=true -Dspark.eventLog.dir="$events" \
  org.augur.spark.SparkExtract "$@"
