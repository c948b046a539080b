package com.verbatim.cluster;

import java.util.Map;
import java.util.Set;

/** Where each node of the cluster says which log sequence its index has applied, for {@code /api/stats}. */
public interface ReplicaTable {

  /** Records this node's applied sequence; fire and forget. */
  void put(long applied);

  /** Every node's last recorded applied sequence, by node name ({@code host:port}). May block. */
  Map<String, Long> applied();

  /** The names of the nodes in the cluster now. May block. */
  Set<String> members();

  /** This node's name. */
  String self();
}
