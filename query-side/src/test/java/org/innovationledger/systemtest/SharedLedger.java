package org.innovationledger.systemtest;

/**
 * One pair of running applications shared by the system tests that do not restart or kill anything, started on
 * first use and stopped when the test JVM exits.
 */
final class SharedLedger {

    private static LedgerProcesses instance;

    private SharedLedger() {
    }

    static synchronized LedgerProcesses get() {
        if (instance == null) {
            instance = LedgerProcesses.inFreshFolder("shared").start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }
}
