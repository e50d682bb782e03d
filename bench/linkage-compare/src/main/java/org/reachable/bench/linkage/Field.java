package org.reachable.bench.linkage;

/** One compared field of a dataset. */
record Field(String name, FieldKind kind) {
}
