/**
 * Several nodes, each with a full replica of the index: {@code ClusterVerticle} sends every write through the
 * cluster's ordered log ({@code WriteLog}, a Hazelcast ring buffer with synchronous backups) and follows the log
 * into this node's index; a node that cannot catch up from the log copies a peer's index first
 * ({@code SnapshotTransfer}). Loaded only when {@code cluster.enabled} is on; only {@code ClusteredVertx} and the
 * {@code Hazelcast*} classes name Hazelcast.
 */
package com.verbatim.cluster;
