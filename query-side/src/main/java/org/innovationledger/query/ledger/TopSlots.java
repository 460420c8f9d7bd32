package org.innovationledger.query.ledger;

import java.util.Arrays;

/**
 * Keeps the first {@code capacity} slots by a numeric key (then by slot) while a scan offers them all: a max-heap of
 * primitives whose root is the worst kept, so most offers end after one comparison and nothing is boxed.
 */
final class TopSlots {

    private final long[] keys;
    private final int[] slots;
    private int size;

    TopSlots(int capacity) {
        keys = new long[capacity];
        slots = new int[capacity];
    }

    void offer(long key, int slot) {
        if (size < keys.length) {
            keys[size] = key;
            slots[size] = slot;
            siftUp(size++);
        } else if (size > 0 && before(key, slot, keys[0], slots[0])) {
            keys[0] = key;
            slots[0] = slot;
            siftDown();
        }
    }

    /** The slots kept, first first. */
    int[] sorted() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> before(keys[a], slots[a], keys[b], slots[b]) ? -1 : 1);
        int[] sorted = new int[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = slots[order[i]];
        }
        return sorted;
    }

    private static boolean before(long key, int slot, long otherKey, int otherSlot) {
        return key < otherKey || key == otherKey && slot < otherSlot;
    }

    private void siftUp(int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (!before(keys[parent], slots[parent], keys[index], slots[index])) {
                return;
            }
            swap(index, parent);
            index = parent;
        }
    }

    private void siftDown() {
        int index = 0;
        while (true) {
            int left = 2 * index + 1;
            int worst = index;
            if (left < size && before(keys[worst], slots[worst], keys[left], slots[left])) {
                worst = left;
            }
            if (left + 1 < size && before(keys[worst], slots[worst], keys[left + 1], slots[left + 1])) {
                worst = left + 1;
            }
            if (worst == index) {
                return;
            }
            swap(index, worst);
            index = worst;
        }
    }

    private void swap(int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        int slot = slots[a];
        slots[a] = slots[b];
        slots[b] = slot;
    }
}
