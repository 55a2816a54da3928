package com.forecourt.bench.report;

import java.lang.management.ManagementFactory;

/** What the figures were measured on; they mean little without it. */
public record Machine(int cores, long memoryBytes, long maxHeapBytes, String jdk, String os) {

    public static Machine current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }
}
