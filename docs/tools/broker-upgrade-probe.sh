#!/bin/sh
# The broker step of an upgrade, tried by hand: a data directory written by Zeebe 8.5.8 with work in
# flight is opened by 8.6.0 and the work finishes there. Plain brokers, no app, no exporter, on
# ports of their own (36500-36502, 38088, 39600), data under $WORK. Needs a JDK 21+ in JAVA_HOME,
# curl (the 8.5.8 distribution from Maven Central, 212 MB) and the 8.6.0 distribution of the build
# (./sangsaeng build: engine/target/broker/zeebe). README, Upgrades, has what it showed.
set -eu
WORK=${WORK:-/tmp/broker-upgrade-probe}
NEW=${NEW:-$(pwd)/engine/target/broker/zeebe}
mkdir -p "$WORK" && cd "$WORK"
[ -d camunda-zeebe-8.5.8 ] || curl -sf https://repo1.maven.org/maven2/io/camunda/camunda-zeebe/8.5.8/camunda-zeebe-8.5.8.tar.gz | tar xz
OLD=$WORK/camunda-zeebe-8.5.8
ZB="$OLD/bin/zbctl --insecure --address 127.0.0.1:36500"   # 8.5.8's zbctl talks to both gateways

cat > probe.bpmn <<'BPMN'
<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_probe" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="upgrade-probe" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>ToA</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="TaskA"><bpmn:extensionElements><zeebe:taskDefinition type="probe-a" /></bpmn:extensionElements><bpmn:incoming>ToA</bpmn:incoming><bpmn:outgoing>ToB</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:serviceTask id="TaskB"><bpmn:extensionElements><zeebe:taskDefinition type="probe-b" /></bpmn:extensionElements><bpmn:incoming>ToB</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="ToA" sourceRef="Start" targetRef="TaskA" />
    <bpmn:sequenceFlow id="ToB" sourceRef="TaskA" targetRef="TaskB" />
    <bpmn:sequenceFlow id="ToEnd" sourceRef="TaskB" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>
BPMN

start() { # $1 distribution: both versions on the same data directory and ports
  ZEEBE_BROKER_DATA_DIRECTORY=$WORK/data ZEEBE_BROKER_GATEWAY_NETWORK_HOST=127.0.0.1 \
  ZEEBE_BROKER_GATEWAY_NETWORK_PORT=36500 ZEEBE_BROKER_NETWORK_HOST=127.0.0.1 \
  ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT=36501 ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT=36502 \
  SERVER_PORT=38088 MANAGEMENT_SERVER_PORT=39600 ZEEBE_BROKER_THREADS_CPUTHREADCOUNT=1 \
  ZEEBE_BROKER_THREADS_IOTHREADCOUNT=1 JAVA_OPTS=-Xmx512m "$1/bin/broker" > "$WORK/broker-$(basename "$(dirname "$1/.")").log" 2>&1 &
  BROKER=$!
  until $ZB status 2>/dev/null | grep -q "Leader, Healthy"; do sleep 2; done
  $ZB status | grep -E "Version|Partition"
}
stop() { kill "$BROKER"; wait "$BROKER" || true; }
keys() { grep -o "\"$1\": *\"[0-9]*\"" | grep -o '[0-9][0-9]*'; }

echo "== 8.5.8: three instances; two past TaskA, one with its TaskA job activated (in flight)"
start "$OLD"
$ZB deploy probe.bpmn | grep '"version"'
INSTANCES=$(for i in 1 2 3; do $ZB create instance upgrade-probe | keys processInstanceKey; done)
JOBS=$($ZB activate jobs probe-a --maxJobsToActivate 3 --timeout 10m | keys key)
for k in $(echo "$JOBS" | head -2); do $ZB complete job "$k"; done
IN_FLIGHT=$(echo "$JOBS" | tail -1)
stop
cp -r data data-8.5.8-backup   # the backup a rollback needs

echo "== 8.6.0 on the same data: the job activated on 8.5.8 is completed, then every TaskB"
start "$NEW"
$ZB complete job "$IN_FLIGHT"
sleep 2
for k in $($ZB activate jobs probe-b --maxJobsToActivate 10 --timeout 5m | keys key); do $ZB complete job "$k"; done
for p in $INSTANCES; do   # a finished instance cannot be cancelled: NOT_FOUND means it ended
  $ZB cancel instance "$p" 2>&1 | grep -q NOT_FOUND && echo "instance $p finished" || echo "instance $p STILL RUNNING"
done
$ZB deploy probe.bpmn | grep '"version"'   # unchanged: stays version 1
stop
