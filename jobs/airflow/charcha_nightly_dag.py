"""Charcha nightly: fold the day's new and corrected Hindi news files into the output, then write
the morning report. Two SparkSubmitOperator tasks (apache-airflow-providers-apache-spark) running
the same application jar as jobs/crontab; docs/OPERATIONS.md explains the ledger, re-runs and
back-fills. max_active_runs=1 because two nightly runs must never write one output at once."""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

APP_JAR = "/opt/charcha/charcha-app.jar"
INPUT = "hdfs:///news/hindi/"
OUTPUT = "hdfs:///charcha/nightly"
KB = "/opt/charcha/kb"
REPORT = "file:///srv/www/charcha/report-{{ ds }}.html"

SPARK_CONF = {
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    "spark.sql.session.timeZone": "UTC",
    # Spark's encoding of each read row is one method too large for HotSpot's default limit: without
    # this the executors leave it interpreted and the run warns (docs/CLUSTER.md, "jobs/submit").
    # This replaces the cluster's own spark.executor.extraJavaOptions: append to it if it sets one.
    "spark.executor.extraJavaOptions": "-XX:-DontCompileHugeMethods",
}

with DAG(
    dag_id="charcha_nightly",
    description="Charcha: incremental nightly run and morning report",
    schedule="30 2 * * *",
    start_date=datetime(2025, 8, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["charcha"],
) as dag:
    nightly = SparkSubmitOperator(
        task_id="nightly",
        conn_id="spark_default",  # the connection names the master, e.g. yarn
        application=APP_JAR,
        java_class="org.charcha.cli.Charcha",
        name="charcha-nightly",
        deploy_mode="client",
        driver_memory="4g",
        executor_memory="8g",
        executor_cores=4,
        num_executors=10,
        conf=SPARK_CONF,
        application_args=[
            "nightly",
            "--input", INPUT,
            "--output", OUTPUT,
            "--kb", KB,
            "--date", "{{ ds }}",
        ],
    )

    report = SparkSubmitOperator(
        task_id="report",
        conn_id="spark_default",
        application=APP_JAR,
        java_class="org.charcha.cli.Charcha",
        name="charcha-report",
        deploy_mode="client",
        driver_memory="2g",
        conf=SPARK_CONF,
        application_args=[
            "report",
            "--output", OUTPUT,
            "--to", "{{ ds }}",
            "--html", REPORT,
        ],
    )

    nightly >> report
