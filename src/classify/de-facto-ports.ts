/**
 * Ports that widely used software takes by convention although IANA registers them to someone
 * else, or to no one. Data, reviewed entry by entry: every entry names the software, the tokens
 * that identify it in a manifest (matched like SERVICE_ALIASES keys against the declaration's
 * tokens) and a page of the software's own documentation that names the port.
 *
 * A declaration whose tokens match an entry for its (port, protocol) is reported as the notice
 * `de-facto-port` instead of a conflict. Entries on ports IANA leaves unassigned never yield a
 * finding; they are here so that `portlint explain` can name the software, and so that
 * suggestions avoid them.
 *
 * Review checklist for a new entry: the port is the software's documented default (not merely a
 * popular choice), IANA does not assign it to that software (`__tests__/classify/de-facto-ports.test.ts`
 * checks), tokens are lower-case and specific enough not to match unrelated services.
 */
import type { Protocol } from '../types.js';

export interface DeFactoPort {
  port: number;
  protocol: Protocol;
  /** The software as people name it, used in messages: `Kafka uses it by convention`. */
  software: string;
  /**
   * Lower-case tokens that identify the software in a declaration (service, image, container,
   * port name, ...). A token with a `-` such as `node-exporter` also matches when each of its
   * parts is a token of the declaration (`prom/node-exporter`, `node_exporter`).
   */
  tokens: string[];
  /** URL of the software's own documentation naming the port. */
  reference: string;
}

export const DE_FACTO_PORTS: readonly DeFactoPort[] = [
  // Metrics, logs and traces.
  {
    port: 3000,
    protocol: 'tcp',
    software: 'Grafana',
    tokens: ['grafana'],
    reference: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
  },
  {
    port: 3100,
    protocol: 'tcp',
    software: 'Grafana Loki',
    tokens: ['loki'],
    reference: 'https://grafana.com/docs/loki/latest/configure/',
  },
  {
    port: 3200,
    protocol: 'tcp',
    software: 'Grafana Tempo',
    tokens: ['tempo'],
    reference: 'https://grafana.com/docs/tempo/latest/configuration/manifest/',
  },
  {
    port: 9080,
    protocol: 'tcp',
    software: 'Promtail',
    tokens: ['promtail'],
    reference: 'https://grafana.com/docs/loki/latest/send-data/promtail/configuration/',
  },
  {
    port: 9090,
    protocol: 'tcp',
    software: 'Prometheus',
    tokens: ['prometheus'],
    reference: 'https://prometheus.io/docs/introduction/first_steps/',
  },
  {
    port: 9091,
    protocol: 'tcp',
    software: 'Prometheus Pushgateway',
    tokens: ['pushgateway'],
    reference: 'https://github.com/prometheus/pushgateway#readme',
  },
  {
    port: 9093,
    protocol: 'tcp',
    software: 'Prometheus Alertmanager',
    tokens: ['alertmanager'],
    reference: 'https://prometheus.io/docs/alerting/latest/alertmanager/',
  },
  {
    port: 9100,
    protocol: 'tcp',
    software: 'Prometheus Node Exporter',
    tokens: ['node-exporter'],
    reference: 'https://prometheus.io/docs/guides/node-exporter/',
  },
  {
    port: 16686,
    protocol: 'tcp',
    software: 'Jaeger UI',
    tokens: ['jaeger'],
    reference: 'https://www.jaegertracing.io/docs/latest/deployment/',
  },
  {
    port: 14250,
    protocol: 'tcp',
    software: 'Jaeger collector (gRPC)',
    tokens: ['jaeger'],
    reference: 'https://www.jaegertracing.io/docs/latest/deployment/',
  },
  {
    port: 6831,
    protocol: 'udp',
    software: 'Jaeger agent (compact Thrift)',
    tokens: ['jaeger'],
    reference: 'https://www.jaegertracing.io/docs/latest/deployment/',
  },
  {
    port: 9411,
    protocol: 'tcp',
    software: 'Zipkin',
    tokens: ['zipkin'],
    reference: 'https://zipkin.io/pages/quickstart.html',
  },
  {
    port: 4318,
    protocol: 'tcp',
    software: 'OpenTelemetry OTLP/HTTP',
    tokens: ['otel', 'otelcol', 'opentelemetry', 'otlp'],
    reference: 'https://opentelemetry.io/docs/specs/otlp/#otlphttp-default-port',
  },
  {
    port: 5601,
    protocol: 'tcp',
    software: 'Kibana',
    tokens: ['kibana'],
    reference: 'https://www.elastic.co/guide/en/kibana/current/settings.html',
  },
  {
    port: 5044,
    protocol: 'tcp',
    software: 'Logstash Beats input',
    tokens: ['logstash'],
    reference: 'https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html',
  },
  {
    port: 9600,
    protocol: 'tcp',
    software: 'Logstash monitoring API',
    tokens: ['logstash'],
    reference: 'https://www.elastic.co/guide/en/logstash/current/monitoring-logstash.html',
  },
  {
    port: 24224,
    protocol: 'tcp',
    software: 'Fluentd forward input',
    tokens: ['fluentd', 'fluent-bit'],
    reference: 'https://docs.fluentd.org/input/forward',
  },
  {
    port: 8086,
    protocol: 'tcp',
    software: 'InfluxDB',
    tokens: ['influxdb', 'influx'],
    reference: 'https://docs.influxdata.com/influxdb/v2/reference/config-options/',
  },

  // Search.
  {
    port: 9200,
    protocol: 'tcp',
    software: 'Elasticsearch',
    tokens: ['elasticsearch', 'elastic', 'es'],
    reference: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
  },
  {
    port: 9300,
    protocol: 'tcp',
    software: 'Elasticsearch transport',
    tokens: ['elasticsearch', 'elastic', 'es'],
    reference: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
  },
  {
    port: 9200,
    protocol: 'tcp',
    software: 'OpenSearch',
    tokens: ['opensearch'],
    reference: 'https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/',
  },
  {
    port: 9300,
    protocol: 'tcp',
    software: 'OpenSearch transport',
    tokens: ['opensearch'],
    reference: 'https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/',
  },
  {
    port: 8983,
    protocol: 'tcp',
    software: 'Apache Solr',
    tokens: ['solr'],
    reference: 'https://solr.apache.org/guide/solr/latest/deployment-guide/taking-solr-to-production.html',
  },

  // Messaging.
  {
    port: 9092,
    protocol: 'tcp',
    software: 'Kafka',
    tokens: ['kafka'],
    reference: 'https://kafka.apache.org/quickstart',
  },
  {
    port: 9092,
    protocol: 'tcp',
    software: 'Redpanda',
    tokens: ['redpanda'],
    reference: 'https://docs.redpanda.com/current/reference/properties/broker-properties/',
  },
  {
    port: 8081,
    protocol: 'tcp',
    software: 'Confluent Schema Registry',
    tokens: ['schema-registry'],
    reference: 'https://docs.confluent.io/platform/current/schema-registry/installation/config.html',
  },
  {
    port: 2181,
    protocol: 'tcp',
    software: 'ZooKeeper',
    tokens: ['zookeeper', 'zk'],
    reference: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
  },
  {
    port: 2888,
    protocol: 'tcp',
    software: 'ZooKeeper quorum',
    tokens: ['zookeeper', 'zk'],
    reference: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
  },
  {
    port: 3888,
    protocol: 'tcp',
    software: 'ZooKeeper leader election',
    tokens: ['zookeeper', 'zk'],
    reference: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
  },
  {
    port: 15672,
    protocol: 'tcp',
    software: 'RabbitMQ management',
    tokens: ['rabbitmq', 'rabbit'],
    reference: 'https://www.rabbitmq.com/docs/networking#ports',
  },
  {
    port: 4222,
    protocol: 'tcp',
    software: 'NATS',
    tokens: ['nats'],
    reference: 'https://docs.nats.io/running-a-nats-service/configuration',
  },
  {
    port: 8161,
    protocol: 'tcp',
    software: 'ActiveMQ web console',
    tokens: ['activemq', 'artemis'],
    reference: 'https://activemq.apache.org/components/classic/documentation/web-console',
  },

  // Databases and storage.
  {
    port: 9042,
    protocol: 'tcp',
    software: 'Cassandra CQL',
    tokens: ['cassandra'],
    reference: 'https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html',
  },
  {
    port: 7000,
    protocol: 'tcp',
    software: 'Cassandra inter-node',
    tokens: ['cassandra'],
    reference: 'https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html',
  },
  {
    port: 9160,
    protocol: 'tcp',
    software: 'Cassandra Thrift (before 4.0)',
    tokens: ['cassandra'],
    reference: 'https://docs.datastax.com/en/cassandra-oss/2.2/cassandra/configuration/secureFireWall.html',
  },
  {
    port: 8123,
    protocol: 'tcp',
    software: 'ClickHouse HTTP',
    tokens: ['clickhouse'],
    reference: 'https://clickhouse.com/docs/guides/sre/network-ports',
  },
  {
    port: 9000,
    protocol: 'tcp',
    software: 'ClickHouse native protocol',
    tokens: ['clickhouse'],
    reference: 'https://clickhouse.com/docs/guides/sre/network-ports',
  },
  {
    port: 9000,
    protocol: 'tcp',
    software: 'MinIO',
    tokens: ['minio'],
    reference: 'https://min.io/docs/minio/linux/reference/minio-server/minio-server.html',
  },
  {
    port: 9001,
    protocol: 'tcp',
    software: 'MinIO console',
    tokens: ['minio'],
    reference: 'https://min.io/docs/minio/linux/reference/minio-server/minio-server.html',
  },
  {
    port: 26379,
    protocol: 'tcp',
    software: 'Redis Sentinel',
    tokens: ['sentinel', 'redis-sentinel'],
    reference: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/',
  },
  {
    port: 4567,
    protocol: 'tcp',
    software: 'Galera Cluster replication',
    tokens: ['galera', 'pxc'],
    reference: 'https://galeracluster.com/library/documentation/firewall-settings.html',
  },
  {
    port: 4568,
    protocol: 'tcp',
    software: 'Galera Cluster incremental state transfer',
    tokens: ['galera', 'pxc'],
    reference: 'https://galeracluster.com/library/documentation/firewall-settings.html',
  },
  {
    port: 6446,
    protocol: 'tcp',
    software: 'MySQL Router',
    tokens: ['mysql-router', 'mysqlrouter'],
    reference: 'https://dev.mysql.com/doc/mysql-router/8.0/en/mysql-router-general-using-ports.html',
  },

  // Clusters and platform services.
  {
    port: 6443,
    protocol: 'tcp',
    software: 'the Kubernetes API server',
    tokens: ['apiserver', 'kubernetes', 'k8s', 'k3s'],
    reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
  },
  {
    port: 10250,
    protocol: 'tcp',
    software: 'the kubelet API',
    tokens: ['kubelet'],
    reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
  },
  {
    port: 8500,
    protocol: 'tcp',
    software: 'Consul HTTP API',
    tokens: ['consul'],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    port: 8300,
    protocol: 'tcp',
    software: 'Consul server RPC',
    tokens: ['consul'],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    port: 8301,
    protocol: 'tcp',
    software: 'Consul Serf LAN',
    tokens: ['consul'],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    port: 8600,
    protocol: 'tcp',
    software: 'Consul DNS',
    tokens: ['consul'],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    port: 8600,
    protocol: 'udp',
    software: 'Consul DNS',
    tokens: ['consul'],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    port: 8200,
    protocol: 'tcp',
    software: 'Vault',
    tokens: ['vault'],
    reference: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp',
  },
  {
    port: 4646,
    protocol: 'tcp',
    software: 'Nomad HTTP API',
    tokens: ['nomad'],
    reference: 'https://developer.hashicorp.com/nomad/docs/configuration',
  },
  {
    port: 15000,
    protocol: 'tcp',
    software: 'the Istio sidecar (Envoy admin)',
    tokens: ['istio-proxy', 'istio', 'istiod'],
    reference: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
  },
  {
    port: 20001,
    protocol: 'tcp',
    software: 'Kiali',
    tokens: ['kiali'],
    reference: 'https://kiali.io/docs/configuration/kialis.kiali.io/',
  },

  // Developer tools and application servers.
  {
    port: 4444,
    protocol: 'tcp',
    software: 'Selenium Grid',
    tokens: ['selenium'],
    reference: 'https://www.selenium.dev/documentation/grid/getting_started/',
  },
  {
    port: 4442,
    protocol: 'tcp',
    software: 'Selenium Grid event bus (publish)',
    tokens: ['selenium'],
    reference: 'https://www.selenium.dev/documentation/grid/getting_started/',
  },
  {
    port: 4443,
    protocol: 'tcp',
    software: 'Selenium Grid event bus (subscribe)',
    tokens: ['selenium'],
    reference: 'https://www.selenium.dev/documentation/grid/getting_started/',
  },
  {
    port: 9443,
    protocol: 'tcp',
    software: 'Portainer',
    tokens: ['portainer'],
    reference: 'https://docs.portainer.io/start/install-ce/server/docker/linux',
  },
  {
    port: 9000,
    protocol: 'tcp',
    software: 'SonarQube',
    tokens: ['sonarqube', 'sonar'],
    reference:
      'https://docs.sonarsource.com/sonarqube-server/latest/setup-and-upgrade/install-the-server/installing-sonarqube-from-docker/',
  },
  {
    port: 5000,
    protocol: 'tcp',
    software: 'the Docker registry',
    tokens: ['registry', 'docker-registry', 'distribution'],
    reference: 'https://distribution.github.io/distribution/about/deploying/',
  },
  {
    port: 4566,
    protocol: 'tcp',
    software: 'LocalStack',
    tokens: ['localstack'],
    reference: 'https://docs.localstack.cloud/references/network-troubleshooting/',
  },
  {
    port: 5000,
    protocol: 'tcp',
    software: 'Flask',
    tokens: ['flask'],
    reference: 'https://flask.palletsprojects.com/en/stable/quickstart/',
  },
  {
    port: 8000,
    protocol: 'tcp',
    software: 'Django',
    tokens: ['django'],
    reference: 'https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver',
  },
  {
    port: 8888,
    protocol: 'tcp',
    software: 'Jupyter',
    tokens: ['jupyter', 'jupyterlab', 'notebook'],
    reference: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
  },
  {
    port: 1025,
    protocol: 'tcp',
    software: 'Mailpit SMTP',
    tokens: ['mailpit'],
    reference: 'https://mailpit.axllent.org/docs/configuration/runtime-options/',
  },
  {
    port: 8025,
    protocol: 'tcp',
    software: 'Mailpit web UI',
    tokens: ['mailpit'],
    reference: 'https://mailpit.axllent.org/docs/configuration/runtime-options/',
  },
  {
    port: 8500,
    protocol: 'tcp',
    software: 'TensorFlow Serving gRPC',
    tokens: ['tensorflow-serving', 'tf-serving'],
    reference: 'https://www.tensorflow.org/tfx/serving/docker',
  },
  {
    port: 8501,
    protocol: 'tcp',
    software: 'TensorFlow Serving REST',
    tokens: ['tensorflow-serving', 'tf-serving'],
    reference: 'https://www.tensorflow.org/tfx/serving/docker',
  },
];

/** Every entry for one (port, protocol), in table order. */
export function deFactoUsers(port: number, protocol: Protocol): DeFactoPort[] {
  return DE_FACTO_PORTS.filter((entry) => entry.port === port && entry.protocol === protocol);
}

/** Whether an entry token names the declaration: equal to one of its tokens, or all of its parts are. */
function tokenMatches(entryToken: string, tokens: ReadonlySet<string>): boolean {
  if (tokens.has(entryToken)) return true;
  const parts = entryToken.split(/[^a-z0-9]+/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => tokens.has(part));
}

/** The entry for (port, protocol) whose software the declaration's tokens name, if any. */
export function findDeFactoPort(
  port: number,
  protocol: Protocol,
  tokens: readonly string[],
): DeFactoPort | undefined {
  const set = new Set(tokens);
  return deFactoUsers(port, protocol).find((entry) => entry.tokens.some((t) => tokenMatches(t, set)));
}

/** Whether any software uses (port, protocol) by convention: suggestions stay off such ports. */
export function isDeFactoPort(port: number, protocol: Protocol): boolean {
  return DE_FACTO_PORTS.some((entry) => entry.port === port && entry.protocol === protocol);
}
