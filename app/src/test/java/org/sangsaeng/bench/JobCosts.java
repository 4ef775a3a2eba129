package org.sangsaeng.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.sangsaeng.engine.StepWorker;
import org.slf4j.MDC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For the engine overhead benchmark: the app's data source wrapped so that the database work a job
 * worker does is counted per job type (the log context's {@link StepWorker#LOG_JOB_TYPE}):
 * connections taken (one per transaction), the time they were held and the statements sent.
 */
final class JobCosts implements BeanPostProcessor {

    private static final Set<String> STATEMENTS =
            Set.of("prepareStatement", "createStatement", "prepareCall");

    /** What the jobs of one type cost the database, summed. */
    static final class Cost {
        final LongAdder connections = new LongAdder();
        final LongAdder heldNanos = new LongAdder();
        final LongAdder statements = new LongAdder();
    }

    private static final Map<String, Cost> COSTS = new ConcurrentHashMap<>();

    static Map<String, Cost> costs() {
        return COSTS;
    }

    static void reset() {
        COSTS.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && "dataSource".equals(beanName)) {
            return new Counting(ds);
        }
        return bean;
    }

    private static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            String type = MDC.get(StepWorker.LOG_JOB_TYPE);
            if (type == null) {
                return c;
            }
            Cost cost = COSTS.computeIfAbsent(type, t -> new Cost());
            cost.connections.increment();
            long taken = System.nanoTime();
            return (Connection)
                    Proxy.newProxyInstance(
                            JobCosts.class.getClassLoader(),
                            new Class<?>[] {Connection.class},
                            (proxy, method, args) -> {
                                if (STATEMENTS.contains(method.getName())) {
                                    cost.statements.increment();
                                } else if ("close".equals(method.getName())) {
                                    cost.heldNanos.add(System.nanoTime() - taken);
                                }
                                try {
                                    return method.invoke(c, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
        }
    }
}
