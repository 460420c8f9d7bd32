package org.innovationledger.query.ledger;

import java.util.Arrays;

/** A growable list of ints without boxing: the slots of one studio's records. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }
}
