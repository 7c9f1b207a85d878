package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** The numbers from 0 to {@code count - 1}, counting how many were given out. */
    private static Consumer<Consumer<Integer>> numbers(int count, AtomicInteger given) {
        return action -> {
            for (int i = 0; i < count; i++) {
                given.incrementAndGet();
                action.accept(i);
            }
        };
    }

    @Test
    void everyRowArrivesOnceInTheOrderRead() {
        List<Integer> seen = new ArrayList<>();
        ReadAhead.forEach(numbers(10_000, new AtomicInteger()), seen::add);
        assertEquals(10_000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void noRowsIsNoCall() {
        List<Integer> seen = new ArrayList<>();
        ReadAhead.forEach(numbers(0, new AtomicInteger()), seen::add);
        assertEquals(List.of(), seen);
    }

    @Test
    void aFailureOfTheReadingIsThrownToTheWriter() {
        IllegalStateException broken = new IllegalStateException("staging file cut short");
        List<Integer> seen = new ArrayList<>();
        Consumer<Consumer<Integer>> failing = action -> {
            for (int i = 0; i < 5_000; i++) {
                action.accept(i);
            }
            throw broken;
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ReadAhead.forEach(failing, seen::add));
        assertSame(broken, thrown);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i)); // what arrived before the failure is a prefix, in order
        }
    }

    @Test
    void aFailureOfTheWriterStopsTheReading() {
        AtomicInteger given = new AtomicInteger();
        IllegalArgumentException broken = new IllegalArgumentException("cell too long");
        AtomicInteger taken = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ReadAhead.forEach(numbers(10_000_000, given), row -> {
                    if (taken.incrementAndGet() == 10) {
                        throw broken;
                    }
                }));
        assertSame(broken, thrown);
        // the reading thread has ended (forEach waits for it), a few batches past the failure
        assertTrue(given.get() < 10_000_000, given.get() + " rows read");
    }
}
