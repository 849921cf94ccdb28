package org.teikit.transform.pdf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * FOP and its graphics library log through commons-logging, which writes to java.util.logging
 * (the console) when no other logging framework is on the classpath. teikit routes those records
 * instead into the rendering that caused them (FOP renders on the caller's thread), so that they
 * become diagnostics and nothing is printed on stderr. A logger the user configured (a level for
 * {@code org.apache.fop} in the logging properties) is left alone. Where commons-logging finds SLF4J
 * or Log4j, their configuration decides. Thread-safe.
 */
final class FopLogging {
    private static final List<String> LOGGERS = List.of("org.apache.fop", "org.apache.xmlgraphics");
    /** The loggers configured here, held so that their configuration is not collected with them. */
    private static final List<Logger> ROUTED = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<List<String>> SINK = new ThreadLocal<>();

    private FopLogging() {
    }

    /** Routes FOP's java.util.logging records, once per class loader. */
    static synchronized void route() {
        if (!ROUTED.isEmpty()) {
            return;
        }
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            if (logger.getLevel() != null || LogManager.getLogManager().getProperty(name + ".level") != null) {
                continue;
            }
            logger.setUseParentHandlers(false);
            logger.setLevel(Level.WARNING);
            logger.addHandler(new Handler() {
                @Override
                public void publish(LogRecord record) {
                    List<String> sink = SINK.get();
                    if (sink != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                        String message = record.getMessage();
                        Throwable thrown = record.getThrown();
                        sink.add(thrown == null ? message : message + " (" + thrown + ")");
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            ROUTED.add(logger);
        }
    }

    /** Collects what FOP logs on this thread into {@code sink} until the returned scope is closed. */
    static Scope capture(List<String> sink) {
        SINK.set(sink);
        return SINK::remove;
    }

    /** A capture, ended by close. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
