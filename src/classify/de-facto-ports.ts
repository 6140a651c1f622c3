/**
 * The default ports of widely used software, where IANA registers the port to someone else or to
 * no one. Data, reviewed entry by entry: every entry names the software, the tokens and image
 * repositories that identify it in a manifest, its default ports and a source for them (the
 * software's own documentation, or the official image's Dockerfile `EXPOSE` line).
 *
 * A declaration that an entry identifies, on one of that entry's ports, is reported as the notice
 * `de-facto-port` instead of a conflict: the port was chosen upstream, not by the deployer.
 * On a reserved port or an unassigned well-known one, the notice replaces `reserved-port` /
 * `unassigned-well-known` (spamd on 783). Entries on unassigned registered ports never yield a
 * finding; they are here so that `portlint explain` can name the software, and so that
 * suggestions avoid them.
 *
 * Review checklist for a new entry: the port is the software's documented default (not merely a
 * popular choice, and not a port a chart or project picked), IANA does not assign it to that
 * software, nor to the protocol it speaks there (an HTTP server on `http-alt` is matched through
 * the aliases instead); tokens are lower-case product names, never generic words (web, app, api,
 * server, proxy, exporter, ...); images are repositories without registry or tag.
 * `__tests__/classify/de-facto-ports.test.ts` checks what it can.
 */
import type { DeclaredPort, Protocol } from '../types.js';
import { imageRepository } from './match.js';

export interface SoftwareDefaults {
  /** The software as people name it, used in messages: `Kafka uses it by convention`. */
  software: string;
  /**
   * Lower-case tokens that identify the software in a declaration (service, container, port
   * name, the image's own name, ...). A token with a `-` such as `node-exporter` also matches
   * when each of its parts is a token of the declaration (`prom/node-exporter`, `node_exporter`).
   */
  tokens: readonly string[];
  /**
   * Image repositories that run the software, registry and tag stripped (`grafana/grafana` for
   * `docker.io/grafana/grafana:11.1.0`); `namespace/*` takes every image of a namespace that
   * publishes nothing else.
   */
  images?: readonly string[];
  ports: readonly SoftwarePort[];
  /** URL of the software's own documentation (or its image's Dockerfile) naming the ports. */
  reference: string;
}

export interface SoftwarePort {
  port: number;
  /** `tcp` unless given. */
  protocol?: Protocol;
  /** What listens there, when it is not the software as a whole: `Consul DNS`. */
  name?: string;
  /** A page naming this port, when it is not the entry's reference. */
  reference?: string;
}

/** One (port, protocol) of one software: the table flattened. */
export interface DeFactoPort {
  port: number;
  protocol: Protocol;
  /** The name used in messages: the port's `name`, or the software. */
  software: string;
  tokens: readonly string[];
  images: readonly string[];
  reference: string;
}

const PROMETHEUS_PORTS = 'https://github.com/prometheus/prometheus/wiki/Default-port-allocations';
const GRAFANA_ALERTING_HA =
  'https://grafana.com/docs/grafana/latest/alerting/set-up/configure-high-availability/';

/** A Prometheus exporter on the port the project allocated to it (PROMETHEUS_PORTS). */
function exporter(software: string, port: number, tokens: string[], images: string[]): SoftwareDefaults {
  return { software, tokens, images, ports: [{ port }], reference: PROMETHEUS_PORTS };
}

export const SOFTWARE_DEFAULTS: readonly SoftwareDefaults[] = [
  // Metrics, logs and traces.
  {
    software: 'Grafana',
    tokens: ['grafana'],
    images: ['grafana/grafana', 'grafana/grafana-oss', 'grafana/grafana-enterprise', 'bitnami/grafana'],
    ports: [
      { port: 3000 },
      {
        port: 6060,
        name: 'Grafana profiling',
        reference: 'https://grafana.com/docs/grafana/latest/troubleshooting/diagnostics/',
      },
      { port: 9094, name: 'Grafana alerting gossip', reference: GRAFANA_ALERTING_HA },
      { port: 9094, protocol: 'udp', name: 'Grafana alerting gossip', reference: GRAFANA_ALERTING_HA },
    ],
    reference: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
  },
  {
    software: 'Grafana Loki',
    tokens: ['loki'],
    images: ['grafana/loki', 'bitnami/grafana-loki'],
    ports: [{ port: 3100 }, { port: 9095, name: 'Grafana Loki gRPC' }],
    reference: 'https://grafana.com/docs/loki/latest/configure/',
  },
  {
    software: 'Grafana Tempo',
    tokens: ['tempo'],
    images: ['grafana/tempo', 'bitnami/grafana-tempo'],
    ports: [{ port: 3200 }],
    reference: 'https://grafana.com/docs/tempo/latest/configuration/manifest/',
  },
  {
    software: 'Grafana Alloy',
    tokens: ['alloy', 'grafana-alloy'],
    images: ['grafana/alloy'],
    ports: [{ port: 12345 }],
    reference: 'https://grafana.com/docs/alloy/latest/reference/cli/run/',
  },
  {
    software: 'Promtail',
    tokens: ['promtail'],
    images: ['grafana/promtail'],
    ports: [{ port: 9080 }],
    reference: 'https://grafana.com/docs/loki/latest/send-data/promtail/configuration/',
  },
  {
    software: 'Prometheus',
    tokens: ['prometheus'],
    images: ['prom/prometheus', 'prometheus/prometheus', 'bitnami/prometheus'],
    ports: [{ port: 9090 }],
    reference: 'https://prometheus.io/docs/introduction/first_steps/',
  },
  {
    software: 'Prometheus Pushgateway',
    tokens: ['pushgateway'],
    images: ['prom/pushgateway', 'prometheus/pushgateway', 'bitnami/pushgateway'],
    ports: [{ port: 9091 }],
    reference: 'https://github.com/prometheus/pushgateway#readme',
  },
  {
    software: 'Prometheus Alertmanager',
    tokens: ['alertmanager'],
    images: ['prom/alertmanager', 'prometheus/alertmanager', 'bitnami/alertmanager'],
    ports: [
      { port: 9093 },
      { port: 9094, name: 'Prometheus Alertmanager cluster' },
      { port: 9094, protocol: 'udp', name: 'Prometheus Alertmanager cluster' },
    ],
    reference: 'https://github.com/prometheus/alertmanager#readme',
  },
  {
    software: 'Prometheus Node Exporter',
    tokens: ['node-exporter'],
    images: ['prom/node-exporter', 'prometheus/node-exporter', 'bitnami/node-exporter'],
    ports: [{ port: 9100 }],
    reference: 'https://prometheus.io/docs/guides/node-exporter/',
  },
  exporter('the HAProxy exporter', 9101, ['haproxy-exporter'], ['prom/haproxy-exporter']),
  exporter('the StatsD exporter', 9102, ['statsd-exporter'], ['prom/statsd-exporter']),
  exporter(
    'the MySQL exporter',
    9104,
    ['mysqld-exporter', 'mysql-exporter'],
    ['prom/mysqld-exporter', 'prometheus/mysqld-exporter', 'bitnami/mysqld-exporter'],
  ),
  exporter(
    'the CloudWatch exporter',
    9106,
    ['cloudwatch-exporter'],
    ['prom/cloudwatch-exporter', 'prometheus/cloudwatch-exporter'],
  ),
  exporter('the Consul exporter', 9107, ['consul-exporter'], ['prom/consul-exporter']),
  exporter('the Graphite exporter', 9108, ['graphite-exporter'], ['prom/graphite-exporter']),
  exporter(
    'the NGINX Prometheus exporter',
    9113,
    ['nginx-exporter', 'nginx-prometheus-exporter'],
    ['nginx/nginx-prometheus-exporter'],
  ),
  exporter(
    'the Elasticsearch exporter',
    9114,
    ['elasticsearch-exporter'],
    ['prometheuscommunity/elasticsearch-exporter', 'bitnami/elasticsearch-exporter'],
  ),
  exporter(
    'the Blackbox exporter',
    9115,
    ['blackbox-exporter'],
    ['prom/blackbox-exporter', 'prometheus/blackbox-exporter', 'bitnami/blackbox-exporter'],
  ),
  exporter('the SNMP exporter', 9116, ['snmp-exporter'], ['prom/snmp-exporter', 'prometheus/snmp-exporter']),
  exporter('the Apache exporter', 9117, ['apache-exporter'], ['bitnami/apache-exporter']),
  exporter('the BIND exporter', 9119, ['bind-exporter'], ['prometheuscommunity/bind-exporter']),
  exporter(
    'the Redis exporter',
    9121,
    ['redis-exporter'],
    ['oliver006/redis_exporter', 'bitnami/redis-exporter'],
  ),
  exporter(
    'the PgBouncer exporter',
    9127,
    ['pgbouncer-exporter'],
    ['prometheuscommunity/pgbouncer-exporter'],
  ),
  exporter('the Memcached exporter', 9150, ['memcached-exporter'], ['prom/memcached-exporter']),
  exporter('the Windows exporter', 9182, ['windows-exporter', 'wmi-exporter'], []),
  exporter(
    'the PostgreSQL exporter',
    9187,
    ['postgres-exporter', 'postgresql-exporter'],
    ['prometheuscommunity/postgres-exporter', 'bitnami/postgres-exporter'],
  ),
  exporter(
    'the MongoDB exporter',
    9216,
    ['mongodb-exporter'],
    ['percona/mongodb_exporter', 'bitnami/mongodb-exporter'],
  ),
  exporter(
    'the Stackdriver exporter',
    9255,
    ['stackdriver-exporter'],
    ['prometheuscommunity/stackdriver-exporter'],
  ),
  exporter('the process exporter', 9256, ['process-exporter'], ['ncabatoff/process-exporter']),
  exporter(
    'the Kafka exporter',
    9308,
    ['kafka-exporter'],
    ['danielqsj/kafka-exporter', 'bitnami/kafka-exporter'],
  ),
  exporter('the SQL exporter', 9399, ['sql-exporter'], ['burningalchemist/sql_exporter']),
  exporter('the RabbitMQ exporter', 9419, ['rabbitmq-exporter'], ['kbudde/rabbitmq-exporter']),
  exporter('the smartctl exporter', 9633, ['smartctl-exporter'], ['prometheuscommunity/smartctl-exporter']),
  {
    software: 'the JSON exporter',
    tokens: ['json-exporter'],
    images: ['prometheuscommunity/json-exporter'],
    ports: [{ port: 7979 }],
    reference: 'https://github.com/prometheus-community/json_exporter/blob/master/Dockerfile',
  },
  {
    software: 'the NATS exporter',
    tokens: ['nats-exporter'],
    images: ['natsio/prometheus-nats-exporter'],
    ports: [{ port: 7777 }],
    reference: 'https://github.com/nats-io/prometheus-nats-exporter#readme',
  },
  {
    software: 'the NVIDIA DCGM exporter',
    tokens: ['dcgm-exporter'],
    images: ['nvidia/k8s/dcgm-exporter', 'nvidia/dcgm-exporter'],
    ports: [{ port: 9400 }],
    reference: 'https://github.com/NVIDIA/dcgm-exporter#readme',
  },
  {
    software: 'YACE (Yet Another CloudWatch Exporter)',
    tokens: ['yet-another-cloudwatch-exporter', 'yace'],
    images: [
      'prometheuscommunity/yet-another-cloudwatch-exporter',
      'nerdswords/yet-another-cloudwatch-exporter',
    ],
    ports: [{ port: 5000 }],
    reference: 'https://github.com/prometheus-community/yet-another-cloudwatch-exporter#readme',
  },
  {
    software: 'Prometheus Adapter',
    tokens: ['prometheus-adapter'],
    images: ['prometheus-adapter/prometheus-adapter', 'directxman12/k8s-prometheus-adapter'],
    ports: [{ port: 6443 }],
    reference:
      'https://github.com/kubernetes-sigs/prometheus-adapter/blob/master/deploy/manifests/deployment.yaml',
  },
  {
    software: 'Jaeger',
    tokens: ['jaeger'],
    images: ['jaegertracing/*'],
    ports: [
      { port: 16686, name: 'Jaeger UI' },
      { port: 16685, name: 'Jaeger query (gRPC)' },
      { port: 14250, name: 'Jaeger collector (gRPC)' },
      { port: 14268, name: 'Jaeger collector (HTTP)' },
      { port: 14269, name: 'Jaeger admin' },
      { port: 5778, name: 'Jaeger agent (sampling)' },
      { port: 6831, protocol: 'udp', name: 'Jaeger agent (compact Thrift)' },
      { port: 6832, protocol: 'udp', name: 'Jaeger agent (binary Thrift)' },
      {
        // Jaeger 2 is an OpenTelemetry Collector build and keeps the collector's telemetry port.
        port: 8888,
        name: 'the Jaeger 2 metrics endpoint',
        reference: 'https://www.jaegertracing.io/docs/2.20/deployment/',
      },
    ],
    // The last Jaeger 1 release's page names every port above except the Jaeger 2 metrics port
    // (`/docs/latest/` now serves Jaeger 2, whose deployment page names only a few of them).
    reference: 'https://www.jaegertracing.io/docs/1.76/deployment/',
  },
  {
    software: 'the OpenTelemetry Collector',
    tokens: ['otelcol', 'otel-collector', 'opentelemetry-collector', 'opentelemetrycollector'],
    images: [
      'otel/opentelemetry-collector',
      'otel/opentelemetry-collector-contrib',
      'otel/opentelemetry-collector-k8s',
    ],
    ports: [
      { port: 8888, name: 'the OpenTelemetry Collector metrics endpoint' },
      {
        port: 13133,
        name: 'the OpenTelemetry Collector health check',
        reference:
          'https://github.com/open-telemetry/opentelemetry-collector-contrib/blob/main/extension/healthcheckextension/README.md',
      },
    ],
    reference: 'https://opentelemetry.io/docs/collector/internal-telemetry/',
  },
  {
    software: 'Zipkin',
    tokens: ['zipkin'],
    images: ['openzipkin/zipkin', 'openzipkin/zipkin-slim'],
    ports: [{ port: 9411 }],
    reference: 'https://zipkin.io/pages/quickstart.html',
  },
  {
    software: 'OpenTelemetry OTLP/HTTP',
    tokens: ['otel', 'otelcol', 'opentelemetry', 'otlp'],
    ports: [{ port: 4318 }],
    reference: 'https://opentelemetry.io/docs/specs/otlp/#otlphttp-default-port',
  },
  {
    software: 'the .NET Aspire dashboard',
    tokens: ['aspire-dashboard'],
    images: ['dotnet/aspire-dashboard', 'dotnet/nightly/aspire-dashboard'],
    ports: [{ port: 18888 }, { port: 18889, name: 'the .NET Aspire dashboard OTLP receiver' }],
    reference: 'https://learn.microsoft.com/en-us/dotnet/aspire/fundamentals/dashboard/standalone',
  },
  {
    software: 'Kibana',
    tokens: ['kibana'],
    images: ['kibana/kibana', 'bitnami/kibana'],
    ports: [{ port: 5601 }],
    reference: 'https://www.elastic.co/guide/en/kibana/current/settings.html',
  },
  {
    software: 'Logstash',
    tokens: ['logstash'],
    images: ['logstash/logstash', 'bitnami/logstash'],
    ports: [
      {
        port: 5044,
        name: 'Logstash Beats input',
        reference: 'https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html',
      },
      { port: 9600, name: 'Logstash monitoring API' },
    ],
    reference: 'https://www.elastic.co/guide/en/logstash/current/monitoring-logstash.html',
  },
  {
    software: 'Fluentd forward input',
    tokens: ['fluentd', 'fluent-bit'],
    images: ['fluent/fluentd', 'fluent/fluent-bit', 'bitnami/fluentd', 'bitnami/fluent-bit'],
    ports: [{ port: 24224 }],
    reference: 'https://docs.fluentd.org/input/forward',
  },
  {
    software: 'Fluent Bit',
    tokens: ['fluent-bit', 'fluentbit'],
    images: ['fluent/fluent-bit', 'bitnami/fluent-bit'],
    ports: [{ port: 2020, name: 'the Fluent Bit HTTP server' }],
    reference: 'https://docs.fluentbit.io/manual/administration/monitoring',
  },
  {
    software: 'Splunk',
    tokens: ['splunk'],
    images: ['splunk/splunk', 'splunk/universalforwarder'],
    ports: [
      { port: 8000, name: 'Splunk Web' },
      { port: 8088, name: 'the Splunk HTTP Event Collector' },
      { port: 8089, name: 'the Splunk management port' },
      { port: 9997, name: 'the Splunk receiving port' },
    ],
    reference: 'https://docs.splunk.com/Documentation/Splunk/latest/InheritedDeployment/Ports',
  },
  {
    software: 'InfluxDB',
    tokens: ['influxdb', 'influx'],
    images: ['influxdb', 'bitnami/influxdb'],
    ports: [{ port: 8086 }],
    reference: 'https://docs.influxdata.com/influxdb/v2/reference/config-options/',
  },

  // Search.
  {
    software: 'Elasticsearch',
    tokens: ['elasticsearch', 'elastic', 'es'],
    images: ['elasticsearch/elasticsearch', 'bitnami/elasticsearch'],
    ports: [{ port: 9200 }, { port: 9300, name: 'Elasticsearch transport' }],
    reference: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
  },
  {
    software: 'OpenSearch',
    tokens: ['opensearch'],
    images: ['opensearchproject/opensearch', 'bitnami/opensearch'],
    ports: [{ port: 9200 }, { port: 9300, name: 'OpenSearch transport' }],
    reference: 'https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/',
  },
  {
    software: 'Apache Solr',
    tokens: ['solr'],
    images: ['solr', 'bitnami/solr'],
    ports: [{ port: 8983 }],
    reference: 'https://solr.apache.org/guide/solr/latest/deployment-guide/taking-solr-to-production.html',
  },

  // Messaging.
  {
    software: 'Kafka',
    tokens: ['kafka'],
    images: ['apache/kafka', 'bitnami/kafka', 'confluentinc/cp-kafka', 'wurstmeister/kafka'],
    ports: [{ port: 9092 }],
    reference: 'https://kafka.apache.org/quickstart',
  },
  {
    software: 'Redpanda',
    tokens: ['redpanda'],
    images: ['redpandadata/redpanda', 'vectorized/redpanda'],
    ports: [
      { port: 9092 },
      { port: 8081, name: 'the Redpanda Schema Registry' },
      { port: 8082, name: 'the Redpanda HTTP Proxy' },
      { port: 9644, name: 'the Redpanda Admin API' },
    ],
    reference:
      'https://docs.redpanda.com/streaming/current/deploy/redpanda/manual/production/production-deployment/',
  },
  {
    software: 'Confluent Schema Registry',
    tokens: ['schema-registry'],
    images: ['confluentinc/cp-schema-registry', 'bitnami/schema-registry'],
    ports: [{ port: 8081 }],
    reference: 'https://docs.confluent.io/platform/current/schema-registry/installation/config.html',
  },
  {
    software: 'ZooKeeper',
    tokens: ['zookeeper', 'zk'],
    images: ['zookeeper', 'bitnami/zookeeper', 'confluentinc/cp-zookeeper'],
    ports: [
      { port: 2181 },
      { port: 2888, name: 'ZooKeeper quorum' },
      { port: 3888, name: 'ZooKeeper leader election' },
    ],
    reference: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
  },
  {
    software: 'RabbitMQ',
    tokens: ['rabbitmq', 'rabbit'],
    images: ['rabbitmq', 'bitnami/rabbitmq'],
    ports: [
      { port: 15672, name: 'RabbitMQ management' },
      { port: 15692, name: 'RabbitMQ Prometheus metrics' },
      { port: 25672, name: 'RabbitMQ inter-node' },
    ],
    reference: 'https://www.rabbitmq.com/docs/networking#ports',
  },
  {
    software: 'NATS',
    tokens: ['nats'],
    images: ['nats', 'bitnami/nats'],
    ports: [{ port: 4222 }],
    reference: 'https://docs.nats.io/running-a-nats-service/configuration',
  },
  {
    software: 'ActiveMQ web console',
    tokens: ['activemq', 'artemis'],
    ports: [{ port: 8161 }],
    reference: 'https://activemq.apache.org/components/classic/documentation/web-console',
  },

  // Databases and storage.
  {
    software: 'Cassandra',
    tokens: ['cassandra'],
    images: ['cassandra', 'bitnami/cassandra'],
    ports: [
      { port: 9042, name: 'Cassandra CQL' },
      { port: 7000, name: 'Cassandra inter-node' },
      { port: 7001, name: 'Cassandra inter-node (TLS)' },
      {
        port: 7199,
        name: 'Cassandra JMX',
        reference:
          'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
      },
      {
        port: 9160,
        name: 'Cassandra Thrift (before 4.0)',
        reference:
          'https://docs.datastax.com/en/cassandra-oss/2.2/cassandra/configuration/secureFireWall.html',
      },
    ],
    reference: 'https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html',
  },
  {
    software: 'ClickHouse',
    tokens: ['clickhouse'],
    images: ['clickhouse/clickhouse-server', 'yandex/clickhouse-server', 'bitnami/clickhouse'],
    ports: [
      { port: 8123, name: 'ClickHouse HTTP' },
      { port: 9000, name: 'ClickHouse native protocol' },
      { port: 9009, name: 'ClickHouse inter-server' },
      { port: 9004, name: 'ClickHouse MySQL protocol' },
      { port: 9005, name: 'ClickHouse PostgreSQL protocol' },
      { port: 9440, name: 'ClickHouse native protocol (TLS)' },
    ],
    reference: 'https://clickhouse.com/docs/guides/sre/network-ports',
  },
  {
    software: 'MinIO',
    tokens: ['minio'],
    images: ['minio/minio', 'bitnami/minio'],
    ports: [
      { port: 9000 },
      {
        // The console picks a random port unless told; every MinIO guide pins it to 9001.
        port: 9001,
        name: 'MinIO console',
        reference: 'https://min.io/docs/minio/linux/administration/minio-console.html',
      },
    ],
    reference: 'https://min.io/docs/minio/linux/reference/minio-server/minio-server.html',
  },
  {
    software: 'Garage',
    tokens: ['garagehq'],
    images: ['dxflrs/garage'],
    ports: [
      { port: 3900, name: 'the Garage S3 API' },
      { port: 3901, name: 'Garage RPC' },
      { port: 3902, name: 'the Garage S3 web endpoint' },
      { port: 3903, name: 'the Garage admin API' },
    ],
    reference: 'https://garagehq.deuxfleurs.fr/documentation/quick-start/',
  },
  {
    software: 'Redis Sentinel',
    tokens: ['sentinel', 'redis-sentinel'],
    images: ['bitnami/redis-sentinel'],
    ports: [{ port: 26379 }],
    reference: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/',
  },
  {
    software: 'Redis Insight',
    tokens: ['redisinsight', 'redis-insight'],
    images: ['redis/redisinsight', 'redislabs/redisinsight'],
    ports: [{ port: 5540 }],
    reference: 'https://redis.io/docs/latest/operate/redisinsight/install/install-on-docker/',
  },
  {
    software: 'Galera Cluster',
    tokens: ['galera', 'pxc', 'percona-xtradb-cluster'],
    images: ['percona/percona-xtradb-cluster', 'bitnami/mariadb-galera'],
    ports: [
      { port: 4444, name: 'Galera Cluster state snapshot transfer' },
      { port: 4567, name: 'Galera Cluster replication' },
      { port: 4567, protocol: 'udp', name: 'Galera Cluster replication (multicast)' },
      { port: 4568, name: 'Galera Cluster incremental state transfer' },
    ],
    reference: 'https://galeracluster.com/library/documentation/firewall-settings.html',
  },
  {
    software: 'MySQL Router',
    tokens: ['mysql-router', 'mysqlrouter'],
    images: ['mysql/mysql-router'],
    ports: [{ port: 6446 }],
    reference: 'https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html',
  },
  {
    software: 'TiDB',
    tokens: ['tidb'],
    images: ['pingcap/tidb'],
    ports: [{ port: 4000 }, { port: 10080, name: 'the TiDB status API' }],
    reference: 'https://docs.pingcap.com/tidb/stable/command-line-flags-for-tidb-configuration',
  },
  {
    software: 'etcd metrics (kubeadm)',
    tokens: ['etcd'],
    ports: [{ port: 2381 }],
    reference: 'https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/constants/constants.go',
  },
  {
    software: 'etcd (legacy ports)',
    tokens: ['etcd'],
    images: ['coreos/etcd', 'etcd-development/etcd', 'bitnami/etcd'],
    ports: [
      { port: 4001, name: 'the etcd legacy client port' },
      { port: 7001, name: 'the etcd legacy peer port' },
    ],
    reference: 'https://etcd.io/docs/v2.3/configuration/',
  },

  // Clusters and platform services.
  {
    software: 'the Kubernetes API server',
    tokens: ['apiserver', 'kubernetes', 'k8s', 'k3s'],
    ports: [{ port: 6443 }],
    reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
  },
  {
    software: 'the kubelet API',
    tokens: ['kubelet'],
    ports: [{ port: 10250 }],
    reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
  },
  {
    software: 'Consul',
    tokens: ['consul'],
    images: ['hashicorp/consul', 'consul', 'bitnami/consul'],
    ports: [
      { port: 8500, name: 'Consul HTTP API' },
      { port: 8502, name: 'Consul gRPC' },
      { port: 8300, name: 'Consul server RPC' },
      { port: 8301, name: 'Consul Serf LAN' },
      { port: 8302, name: 'Consul Serf WAN' },
      { port: 8600, name: 'Consul DNS' },
      { port: 8600, protocol: 'udp', name: 'Consul DNS' },
      {
        port: 8400,
        name: 'Consul CLI RPC (before 0.8)',
        reference: 'https://github.com/hashicorp/consul/blob/main/CHANGELOG.md#080-april-5-2017',
      },
    ],
    reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
  },
  {
    software: 'Vault',
    tokens: ['vault'],
    images: ['hashicorp/vault', 'vault', 'bitnami/vault'],
    ports: [{ port: 8200 }, { port: 8201, name: 'Vault cluster' }],
    reference: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp',
  },
  {
    software: 'Nomad',
    tokens: ['nomad'],
    images: ['hashicorp/nomad'],
    ports: [
      { port: 4646, name: 'Nomad HTTP API' },
      { port: 4647, name: 'Nomad RPC' },
      { port: 4648, name: 'Nomad Serf WAN' },
    ],
    reference: 'https://developer.hashicorp.com/nomad/docs/configuration',
  },
  {
    software: 'the Istio sidecar (Envoy admin)',
    tokens: ['istio-proxy', 'istio', 'istiod'],
    ports: [{ port: 15000 }],
    reference: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
  },
  {
    software: 'Kiali',
    tokens: ['kiali'],
    images: ['kiali/kiali'],
    ports: [{ port: 20001 }, { port: 9090, name: 'Kiali metrics' }],
    reference: 'https://kiali.io/docs/configuration/kialis.kiali.io/',
  },
  {
    software: 'Hubble UI',
    tokens: ['hubble-ui'],
    images: ['cilium/hubble-ui', 'cilium/hubble-ui-backend'],
    ports: [{ port: 8081 }, { port: 8090, name: 'the Hubble UI backend' }],
    reference:
      'https://github.com/cilium/cilium/blob/main/install/kubernetes/cilium/templates/hubble-ui/deployment.yaml',
  },
  {
    software: 'the SPIRE server',
    tokens: ['spire-server'],
    images: ['spiffe/spire-server'],
    ports: [{ port: 8081 }],
    reference: 'https://spiffe.io/docs/latest/deploying/spire_server/',
  },
  {
    software: 'the Envoy rate limit service',
    tokens: ['envoy-ratelimit'],
    images: ['envoyproxy/ratelimit'],
    ports: [
      { port: 8081, name: 'the Envoy rate limit service (gRPC)' },
      { port: 6070, name: 'the Envoy rate limit service debug port' },
    ],
    reference: 'https://github.com/envoyproxy/ratelimit#readme',
  },
  {
    software: 'OAuth2 Proxy',
    tokens: ['oauth2-proxy'],
    images: ['oauth2-proxy/oauth2-proxy', 'bitnami/oauth2-proxy'],
    ports: [{ port: 4180 }],
    reference: 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview',
  },
  {
    software: 'Vouch Proxy',
    tokens: ['vouch-proxy'],
    images: ['vouch/vouch-proxy', 'voucher/vouch-proxy'],
    ports: [{ port: 9090 }],
    reference: 'https://github.com/vouch/vouch-proxy/blob/master/config/config.yml_example',
  },
  {
    software: 'cfssl',
    tokens: ['cfssl'],
    images: ['cfssl/cfssl'],
    ports: [{ port: 8888 }],
    reference: 'https://github.com/cloudflare/cfssl#readme',
  },
  {
    software: 'Spring Cloud Config Server',
    tokens: ['config-server', 'configserver', 'spring-cloud-config'],
    images: ['hyness/spring-cloud-config-server'],
    ports: [{ port: 8888 }],
    reference: 'https://docs.spring.io/spring-cloud-config/reference/server.html',
  },
  {
    software: 'Apache Storm',
    tokens: ['storm', 'storm-supervisor'],
    images: ['storm'],
    ports: [
      { port: 6700, name: 'an Apache Storm worker slot' },
      { port: 6701, name: 'an Apache Storm worker slot' },
      { port: 6702, name: 'an Apache Storm worker slot' },
      { port: 6703, name: 'an Apache Storm worker slot' },
    ],
    reference: 'https://storm.apache.org/releases/current/Setting-up-a-Storm-cluster.html',
  },
  {
    software: 'Apache Spark',
    tokens: ['spark-master', 'spark-worker'],
    images: ['apache/spark', 'bitnami/spark'],
    ports: [
      { port: 7077, name: 'the Spark master' },
      { port: 8081, name: 'the Spark worker web UI' },
    ],
    reference: 'https://spark.apache.org/docs/latest/spark-standalone.html',
  },
  {
    software: 'Jitsi Videobridge',
    tokens: ['jvb', 'jitsi-videobridge'],
    images: ['jitsi/jvb'],
    ports: [{ port: 10000, protocol: 'udp' }],
    reference: 'https://jitsi.github.io/handbook/docs/devops-guide/devops-guide-docker/',
  },

  // Developer tools and applications.
  {
    software: 'Selenium Grid',
    tokens: ['selenium'],
    images: ['selenium/*'],
    ports: [
      { port: 4444 },
      { port: 4442, name: 'Selenium Grid event bus (publish)' },
      { port: 4443, name: 'Selenium Grid event bus (subscribe)' },
      { port: 5555, name: 'the Selenium Grid node' },
      {
        port: 7900,
        name: 'the Selenium noVNC viewer',
        reference: 'https://github.com/SeleniumHQ/docker-selenium#readme',
      },
    ],
    reference: 'https://www.selenium.dev/documentation/grid/configuration/cli_options/',
  },
  {
    software: 'Portainer',
    tokens: ['portainer'],
    images: ['portainer/portainer-ce', 'portainer/portainer-ee', 'portainer/portainer'],
    ports: [
      { port: 9443 },
      { port: 9000, name: 'Portainer (HTTP)' },
      { port: 8000, name: 'the Portainer Edge tunnel' },
    ],
    reference: 'https://docs.portainer.io/start/install-ce/server/docker/linux',
  },
  {
    software: 'SonarQube',
    tokens: ['sonarqube', 'sonar'],
    images: ['sonarqube', 'sonarsource/sonarqube', 'bitnami/sonarqube'],
    ports: [{ port: 9000 }],
    reference:
      'https://docs.sonarsource.com/sonarqube-server/latest/setup-and-upgrade/install-the-server/installing-sonarqube-from-docker/',
  },
  {
    software: 'Sonatype Nexus Repository',
    tokens: ['nexus', 'nexus3'],
    images: ['sonatype/nexus3', 'sonatype/nexus'],
    ports: [{ port: 8081 }],
    reference: 'https://github.com/sonatype/docker-nexus3#readme',
  },
  {
    software: 'the Docker registry',
    tokens: ['registry', 'docker-registry'],
    images: ['registry', 'distribution/distribution'],
    ports: [{ port: 5000 }],
    reference: 'https://distribution.github.io/distribution/about/deploying/',
  },
  {
    software: 'LocalStack',
    tokens: ['localstack'],
    images: ['localstack/localstack', 'localstack/localstack-pro'],
    ports: [{ port: 4566 }, { port: 5678, name: 'the LocalStack debugger' }],
    reference: 'https://docs.localstack.cloud/references/configuration/',
  },
  {
    software: 'debugpy',
    tokens: ['debugpy'],
    ports: [{ port: 5678 }],
    reference: 'https://github.com/microsoft/debugpy#readme',
  },
  {
    software: 'n8n',
    tokens: ['n8n'],
    images: ['n8nio/n8n'],
    ports: [{ port: 5678 }],
    reference: 'https://docs.n8n.io/hosting/configuration/environment-variables/deployment/',
  },
  {
    software: 'Flask',
    tokens: ['flask'],
    ports: [{ port: 5000 }],
    reference: 'https://flask.palletsprojects.com/en/stable/quickstart/',
  },
  {
    software: 'Django',
    tokens: ['django'],
    ports: [{ port: 8000 }],
    reference: 'https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver',
  },
  {
    software: 'Jupyter',
    tokens: ['jupyter', 'jupyterlab', 'notebook'],
    images: ['jupyter/*'],
    ports: [{ port: 8888 }],
    reference: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
  },
  {
    software: 'Mailpit',
    tokens: ['mailpit'],
    images: ['axllent/mailpit'],
    ports: [
      { port: 1025, name: 'Mailpit SMTP' },
      { port: 8025, name: 'Mailpit web UI' },
    ],
    reference: 'https://mailpit.axllent.org/docs/configuration/runtime-options/',
  },
  {
    software: 'MythTV backend',
    tokens: ['mythtv', 'mythbackend', 'mythtv-backend'],
    ports: [
      { port: 6543, name: 'MythTV backend protocol' },
      { port: 6544, name: 'MythTV backend status and services API' },
    ],
    reference: 'https://www.mythtv.org/wiki/Mythbackend',
  },
  {
    software: 'Redis Enterprise',
    tokens: ['redis-enterprise', 'redislabs'],
    images: ['redislabs/redis'],
    ports: [
      { port: 9443, name: 'Redis Enterprise REST API' },
      { port: 8001, name: 'Redis Enterprise discovery service' },
    ],
    reference: 'https://redis.io/docs/latest/operate/rs/networking/port-configurations/',
  },
  {
    software: 'Bridgetown',
    tokens: ['bridgetown'],
    ports: [{ port: 4000 }],
    reference: 'https://www.bridgetownrb.com/docs/command-line-usage',
  },
  {
    software: 'MailCatcher',
    tokens: ['mailcatcher'],
    images: ['schickling/mailcatcher', 'sj26/mailcatcher'],
    ports: [
      { port: 1025, name: 'MailCatcher SMTP' },
      { port: 1080, name: 'MailCatcher web UI' },
    ],
    reference: 'https://mailcatcher.me/',
  },
  {
    software: 'Kubernetes Dashboard metrics scraper',
    tokens: ['metrics-scraper', 'dashboard-metrics-scraper'],
    images: ['kubernetesui/metrics-scraper'],
    ports: [{ port: 8000 }],
    reference: 'https://github.com/kubernetes-sigs/dashboard-metrics-scraper#readme',
  },
  {
    software: 'Grafana rollout-operator',
    tokens: ['rollout-operator'],
    images: ['grafana/rollout-operator'],
    ports: [{ port: 8001 }],
    reference: 'https://github.com/grafana/rollout-operator#readme',
  },
  {
    software: 'Spring Cloud Turbine Stream',
    tokens: ['turbine-stream', 'turbine'],
    ports: [{ port: 8989 }],
    reference: 'https://docs.spring.io/spring-cloud-netflix/docs/2.2.x/reference/html/#turbine-stream',
  },
  {
    // Delve picks a random port unless told; 2345 is what its docs and IDEs (GoLand) use.
    software: 'Delve',
    tokens: ['delve', 'dlv'],
    ports: [{ port: 2345 }],
    reference: 'https://www.jetbrains.com/help/go/attach-to-running-go-processes-with-debugger.html',
  },
  {
    software: 'the Angular dev server',
    tokens: ['angular'],
    ports: [{ port: 4200 }],
    reference: 'https://angular.dev/cli/serve',
  },
  {
    software: 'Authelia',
    tokens: ['authelia'],
    images: ['authelia/authelia'],
    ports: [{ port: 9091 }],
    reference: 'https://www.authelia.com/configuration/miscellaneous/server/',
  },
  {
    software: 'SpamAssassin spamd',
    tokens: ['spamassassin', 'spamd'],
    ports: [{ port: 783 }],
    reference: 'https://spamassassin.apache.org/full/4.0.x/doc/spamd.html',
  },
  {
    // The alternative ports (RFC 5780 NAT behaviour discovery) default to the main ports plus one.
    software: 'coturn',
    tokens: ['coturn', 'turnserver'],
    images: ['coturn/coturn'],
    ports: [
      { port: 3479, name: 'coturn alternative listener' },
      { port: 3479, protocol: 'udp', name: 'coturn alternative listener' },
      { port: 5350, name: 'coturn alternative TLS listener' },
      { port: 5350, protocol: 'udp', name: 'coturn alternative DTLS listener' },
    ],
    reference: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
  },
  {
    software: 'MailHog',
    tokens: ['mailhog'],
    images: ['mailhog/mailhog'],
    ports: [
      { port: 1025, name: 'MailHog SMTP' },
      { port: 8025, name: 'MailHog web UI' },
    ],
    reference: 'https://github.com/mailhog/MailHog/blob/master/docs/CONFIG.md',
  },
  {
    software: 'pgAdmin',
    tokens: ['pgadmin', 'pgadmin4'],
    images: ['dpage/pgadmin4'],
    ports: [{ port: 5050 }],
    reference: 'https://www.pgadmin.org/docs/pgadmin4/latest/config_py.html',
  },
  {
    software: 'Mongo Express',
    tokens: ['mongo-express'],
    images: ['mongo-express'],
    ports: [{ port: 8081 }],
    reference: 'https://github.com/mongo-express/mongo-express#readme',
  },
  {
    software: 'Keycloak',
    tokens: ['keycloak'],
    images: ['keycloak/keycloak', 'bitnami/keycloak'],
    ports: [{ port: 9000, name: 'the Keycloak management interface' }],
    reference: 'https://www.keycloak.org/server/management-interface',
  },
  {
    software: 'Apache Superset',
    tokens: ['superset'],
    images: ['apache/superset'],
    ports: [{ port: 8088 }],
    reference: 'https://superset.apache.org/docs/installation/docker-compose/',
  },
  {
    software: 'Metabase',
    tokens: ['metabase'],
    images: ['metabase/metabase'],
    ports: [{ port: 3000 }],
    reference: 'https://www.metabase.com/docs/latest/configuring-metabase/environment-variables',
  },
  {
    software: 'Gitea',
    tokens: ['gitea'],
    images: ['gitea/gitea'],
    ports: [
      { port: 3000 },
      {
        port: 2222,
        name: 'Gitea SSH (rootless image)',
        reference: 'https://docs.gitea.com/installation/install-with-docker-rootless',
      },
    ],
    reference: 'https://docs.gitea.com/administration/config-cheat-sheet',
  },
  {
    software: 'Ghost',
    tokens: ['ghost'],
    images: ['ghost', 'bitnami/ghost'],
    ports: [{ port: 2368 }],
    reference: 'https://ghost.org/docs/config/',
  },
  {
    software: 'Immich',
    tokens: ['immich', 'immich-server'],
    images: ['immich-app/immich-server'],
    ports: [{ port: 2283 }],
    reference: 'https://docs.immich.app/install/environment-variables/',
  },
  {
    software: 'Immich machine learning',
    tokens: ['immich-machine-learning'],
    images: ['immich-app/immich-machine-learning'],
    ports: [{ port: 3003 }],
    reference: 'https://docs.immich.app/install/environment-variables/',
  },
  {
    software: 'Vaultwarden',
    tokens: ['vaultwarden'],
    images: ['vaultwarden/server'],
    ports: [{ port: 3012, name: 'Vaultwarden WebSocket notifications (before 1.31)' }],
    reference: 'https://github.com/dani-garcia/vaultwarden/blob/1.30.5/.env.template',
  },
  {
    software: 'Uptime Kuma',
    tokens: ['uptime-kuma'],
    images: ['louislam/uptime-kuma'],
    ports: [{ port: 3001 }],
    reference: 'https://github.com/louislam/uptime-kuma#readme',
  },
  {
    software: 'Node-RED',
    tokens: ['node-red', 'nodered'],
    images: ['nodered/node-red'],
    ports: [{ port: 1880 }],
    reference: 'https://nodered.org/docs/user-guide/runtime/settings-file',
  },
  {
    software: 'Home Assistant',
    tokens: ['home-assistant', 'homeassistant'],
    images: ['homeassistant/home-assistant', 'home-assistant/home-assistant'],
    ports: [{ port: 8123 }],
    reference: 'https://www.home-assistant.io/integrations/http/',
  },
  {
    software: 'Headscale',
    tokens: ['headscale'],
    images: ['headscale/headscale', 'juanfont/headscale'],
    ports: [{ port: 9090, name: 'the Headscale metrics endpoint' }],
    reference: 'https://github.com/juanfont/headscale/blob/main/config-example.yaml',
  },
  {
    software: 'Radicale',
    tokens: ['radicale'],
    images: ['tomsquest/docker-radicale'],
    ports: [{ port: 5232 }],
    reference: 'https://radicale.org/v3.html#configuration',
  },
  {
    software: 'SnappyMail',
    tokens: ['snappymail'],
    images: ['djmaze/snappymail'],
    ports: [{ port: 8888 }],
    reference: 'https://github.com/the-djmaze/snappymail/blob/master/.docker/release/Dockerfile',
  },
  {
    software: 'the restic REST server',
    tokens: ['restic'],
    images: ['restic/rest-server'],
    ports: [{ port: 8000 }],
    reference: 'https://github.com/restic/rest-server#readme',
  },
  {
    software: 'flagd',
    tokens: ['flagd'],
    images: ['open-feature/flagd'],
    ports: [
      { port: 8013, name: 'flagd evaluation (gRPC)' },
      { port: 8014, name: 'the flagd management port' },
      { port: 8015, name: 'the flagd sync port' },
      { port: 8016, name: 'flagd OFREP' },
    ],
    reference: 'https://flagd.dev/reference/flagd-cli/flagd_start/',
  },
  {
    software: 'TensorFlow Serving',
    tokens: ['tensorflow-serving', 'tf-serving'],
    images: ['tensorflow/serving'],
    ports: [
      { port: 8500, name: 'TensorFlow Serving gRPC' },
      { port: 8501, name: 'TensorFlow Serving REST' },
    ],
    reference: 'https://www.tensorflow.org/tfx/serving/docker',
  },
];

/** The table, one row per software and (port, protocol), in table order. */
export const DE_FACTO_PORTS: readonly DeFactoPort[] = SOFTWARE_DEFAULTS.flatMap((entry) =>
  entry.ports.map((p) => ({
    port: p.port,
    protocol: p.protocol ?? 'tcp',
    software: p.name ?? entry.software,
    tokens: entry.tokens,
    images: entry.images ?? [],
    reference: p.reference ?? entry.reference,
  })),
);

const BY_PORT = new Map<string, DeFactoPort[]>();
for (const row of DE_FACTO_PORTS) {
  const key = `${row.port}/${row.protocol}`;
  const rows = BY_PORT.get(key) ?? [];
  rows.push(row);
  BY_PORT.set(key, rows);
}

/** Every entry for one (port, protocol), in table order. */
export function deFactoUsers(port: number, protocol: Protocol): DeFactoPort[] {
  return [...(BY_PORT.get(`${port}/${protocol}`) ?? [])];
}

/** Whether an entry token names the declaration: equal to one of its tokens, or all of its parts are. */
function tokenMatches(entryToken: string, tokens: ReadonlySet<string>): boolean {
  if (tokens.has(entryToken)) return true;
  const parts = entryToken.split(/[^a-z0-9]+/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => tokens.has(part));
}

/** `docker.io/library/Grafana:11` -> `grafana`; the form entries' `images` are written in. */
export function normalizedImage(image: string): string {
  return imageRepository(image.trim().toLowerCase()).replace(/^library\//, '');
}

function imageMatches(pattern: string, repository: string): boolean {
  return pattern.endsWith('/*') ? repository.startsWith(pattern.slice(0, -1)) : repository === pattern;
}

/**
 * The entry for (port, protocol) whose software the declaration names: by one of its identity
 * tokens, or by the repository of the image it runs.
 */
export function findDeFactoPort(
  port: number,
  protocol: Protocol,
  tokens: readonly string[],
  image?: string,
): DeFactoPort | undefined {
  const rows = BY_PORT.get(`${port}/${protocol}`);
  if (!rows) return undefined;
  const set = new Set(tokens);
  const repository = image === undefined ? undefined : normalizedImage(image);
  return rows.find(
    (row) =>
      row.tokens.some((t) => tokenMatches(t, set)) ||
      (repository !== undefined && row.images.some((pattern) => imageMatches(pattern, repository))),
  );
}

/** The entry that explains a declared port, given the declaration's identity tokens. */
export function deFactoEntryFor(p: DeclaredPort, tokens: readonly string[]): DeFactoPort | undefined {
  return typeof p.port !== 'number'
    ? undefined
    : findDeFactoPort(p.port, p.protocol, tokens, p.context.image);
}

/** Whether any software uses (port, protocol) by convention: suggestions stay off such ports. */
export function isDeFactoPort(port: number, protocol: Protocol): boolean {
  return BY_PORT.has(`${port}/${protocol}`);
}
