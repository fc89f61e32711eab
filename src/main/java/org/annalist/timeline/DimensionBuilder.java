package org.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects (event position, key) pairs, then codes the keys. */
final class DimensionBuilder {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final IntList positions = new IntList();
    private final IntList values = new IntList();

    void add(int position, String key) {
        Integer code = codes.get(key);
        if (code == null) {
            code = keys.size();
            codes.put(key, code);
            keys.add(key);
        }
        positions.add(position);
        values.add(code);
    }

    Dimension build(int size) {
        IntList[] ofEvent = new IntList[size];
        IntList[] events = new IntList[keys.size()];
        for (int i = 0; i < positions.size; i++) {
            int position = positions.values[i];
            int code = values.values[i];
            (ofEvent[position] == null ? ofEvent[position] = new IntList() : ofEvent[position]).add(code);
            (events[code] == null ? events[code] = new IntList() : events[code]).add(position);
        }
        int[][] byEvent = new int[size][];
        for (int p = 0; p < size; p++) {
            byEvent[p] = ofEvent[p] == null ? new int[0] : ofEvent[p].sortedDistinct();
        }
        int[][] byKey = new int[keys.size()][];
        for (int code = 0; code < byKey.length; code++) {
            byKey[code] = events[code].sortedDistinct();
        }
        return new Dimension(keys.toArray(String[]::new), Map.copyOf(codes), byEvent, byKey);
    }
}
