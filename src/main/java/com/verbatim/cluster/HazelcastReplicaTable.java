package com.verbatim.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The replica table in a replicated Hazelcast map, keyed by node name; members come from Hazelcast's view. */
final class HazelcastReplicaTable implements ReplicaTable {

  static final String NAME = "verbatim.replicas";

  private final HazelcastInstance hz;
  private final IMap<String, Long> map;
  private final String self;

  HazelcastReplicaTable(HazelcastInstance hz, String self) {
    this.hz = hz;
    this.map = hz.getMap(NAME);
    this.self = self;
  }

  @Override
  public void put(long applied) {
    map.setAsync(self, applied);
  }

  @Override
  public Map<String, Long> applied() {
    return new TreeMap<>(map);
  }

  @Override
  public Set<String> members() {
    return hz.getCluster().getMembers().stream().map(HazelcastReplicaTable::name).collect(Collectors.toSet());
  }

  private static String name(Member member) {
    return member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }

  @Override
  public String self() {
    return self;
  }
}
