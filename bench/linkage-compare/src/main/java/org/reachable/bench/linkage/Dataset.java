package org.reachable.bench.linkage;

import java.util.List;
import java.util.Map;

/**
 * A linkage task with its ground truth. In {@link Mode#LINK} the records of source 1 and source 2 come from two
 * files, each without internal duplicates (FEBRL4).
 */
record Dataset(String name, Mode mode, List<Field> fields, List<Rec> records, Map<String, String> truth) {

    enum Mode { DEDUPE, LINK }

    List<String> ids() {
        return records.stream().map(Rec::id).toList();
    }

    List<Rec> source(int source) {
        return records.stream().filter(r -> r.source() == source).toList();
    }
}
