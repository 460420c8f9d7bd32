package org.innovationledger.query.ledger;

import java.util.Arrays;

/**
 * An order of slots (achievements) and the selection of the first of them, on plain {@code int} arrays: no boxing
 * and no comparator object per element.
 */
@FunctionalInterface
interface SlotOrder {

    int compare(int a, int b);

    /**
     * The first {@code count} of {@code slots[0..size)} in this order. When that is a small part of them, a heap of
     * the best so far, which most slots pass by after one comparison with its worst; otherwise a sort.
     */
    default int[] first(int[] slots, int size, int count) {
        count = Math.min(count, size);
        if (count >= size / 4) {
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = slots[i];
            }
            Arrays.sort(boxed, this::compare);
            int[] first = new int[count];
            for (int i = 0; i < count; i++) {
                first[i] = boxed[i];
            }
            return first;
        }
        // a max-heap of the best `count`: its root is the worst kept
        int[] heap = new int[count];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (kept < count) {
                heap[kept] = slot;
                siftUp(heap, kept++);
            } else if (compare(slot, heap[0]) < 0) {
                heap[0] = slot;
                siftDown(heap, kept);
            }
        }
        int[] first = Arrays.copyOf(heap, kept);
        Integer[] boxed = Arrays.stream(first).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, this::compare);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private void siftUp(int[] heap, int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (compare(heap[index], heap[parent]) <= 0) {
                return;
            }
            swap(heap, index, parent);
            index = parent;
        }
    }

    private void siftDown(int[] heap, int size) {
        int index = 0;
        while (true) {
            int left = 2 * index + 1;
            int largest = index;
            if (left < size && compare(heap[left], heap[largest]) > 0) {
                largest = left;
            }
            if (left + 1 < size && compare(heap[left + 1], heap[largest]) > 0) {
                largest = left + 1;
            }
            if (largest == index) {
                return;
            }
            swap(heap, index, largest);
            index = largest;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }
}
