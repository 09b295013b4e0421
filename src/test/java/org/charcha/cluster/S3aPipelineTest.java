package org.charcha.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.charcha.aggregate.CoverageTables;
import org.charcha.output.OutputPublisher;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on s3a://, Hadoop's S3 connector as a cluster runs it, against an S3 endpoint in
 * the test JVM (S3Proxy over an in-memory store). S3 has no folders and no rename: the connector
 * copies every object of a renamed folder and deletes the old ones, which is what the staging
 * folder, the publishing step and the nightly month rewrites do here.
 */
class S3aPipelineTest extends RemoteStoragePipelineTest {
  private static final String BUCKET = "charcha-test";
  private static final String ACCESS_KEY = "charcha";
  private static final String SECRET_KEY = "charcha-secret";
  static BlobStoreContext store;
  static S3Proxy s3;

  @BeforeAll
  static void startS3() throws Exception {
    store = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials(ACCESS_KEY, SECRET_KEY).build(BlobStoreContext.class);
    store.getBlobStore().createContainerInLocation(null, BUCKET);
    s3 = S3Proxy.builder().blobStore(store.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
        // The AWS SDK checksums bulk deletes (x-amz-checksum-crc32), which S3Proxy does not know.
        .ignoreUnknownHeaders(true).build();
    s3.start();
    Configuration conf = spark().sparkContext().hadoopConfiguration();
    connectorSettings(s3.getPort()).forEach(conf::set);
  }

  @AfterAll
  static void stopS3() throws Exception {
    if (s3 != null) {
      s3.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  /** What a cluster would pass as {@code --conf spark.hadoop.fs.s3a.*} for an S3-compatible store. */
  private static Map<String, String> connectorSettings(int port) {
    return Map.of(
        "fs.s3a.endpoint", "http://127.0.0.1:" + port,
        "fs.s3a.endpoint.region", "us-east-1",
        "fs.s3a.path.style.access", "true",
        "fs.s3a.connection.ssl.enabled", "false",
        "fs.s3a.access.key", ACCESS_KEY,
        "fs.s3a.secret.key", SECRET_KEY);
  }

  /**
   * A publish stopped half-way on S3, as a killed driver leaves it (the old output moved aside, the
   * new manifest held back, one table moved in, one object of another copied but not yet deleted),
   * is finished by the next run's recovery: the output is then the new run's, whole.
   */
  @Test
  void anInterruptedPublishIsFinishedByTheNextRunsRecovery() throws IOException {
    FileSystem fs = fileSystem();
    String out = root() + "/interrupted";
    write(fs, root() + "/interrupted-in/old/day1.jsonl", ClusterInput.RECORDS);
    write(fs, root() + "/interrupted-in/new/day2.jsonl", ClusterInput.LATER_RECORDS);
    run(root() + "/interrupted-in/old", out);
    run(root() + "/interrupted-in/new", root() + "/interrupted-new");
    Map<String, List<String>> expected = ClusterInput.tables(spark(), root() + "/interrupted-new", CoverageTables.PUBLISHED);

    Path staging = new Path(out + ".staging-r2");
    assertThat(fs.rename(new Path(root() + "/interrupted-new"), staging)).isTrue();
    fs.create(new Path(out + ".publishing-r2")).close();
    assertThat(fs.rename(new Path(out), new Path(out + ".previous-r2"))).isTrue();
    assertThat(fs.rename(new Path(staging, "_manifest.json"), new Path(out + ".manifest-r2"))).isTrue();
    fs.mkdirs(new Path(out));
    assertThat(fs.rename(new Path(staging, "articles"), new Path(out, "articles"))).isTrue();
    Path copied = fs.listFiles(new Path(staging, "mentions"), true).next().getPath();
    FileUtil.copy(fs, copied, fs, new Path(out + "/mentions/" + copied.getName()), false, fs.getConf());

    List<String> recovered = new OutputPublisher(out, "r3", fs.getConf()).recover();

    assertThat(recovered).singleElement().asString().startsWith("completed the publishing of run r2");
    assertThat(ClusterInput.tables(spark(), out, CoverageTables.PUBLISHED)).isEqualTo(expected);
    assertThat(fs.exists(new Path(out, "_manifest.json"))).isTrue();
    assertThat(fs.globStatus(new Path(out + ".*"))).as("markers, staging and the old output beside").isEmpty();
  }

  @Override
  String root() {
    return "s3a://" + BUCKET;
  }
}
