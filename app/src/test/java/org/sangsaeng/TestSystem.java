package org.sangsaeng;

import org.sangsaeng.db.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What Spring tests run against: a real MariaDB (see {@link TestDatabase}) with one fresh database
 * per test JVM and engine mode, and the engine the test asks for.
 */
public final class TestSystem {

    private static TestDatabase.Database inMemoryEngineDatabase;

    private TestSystem() {
    }

    /** Properties for a context with Zeebe's in-memory engine. */
    public static synchronized void inMemoryEngine(DynamicPropertyRegistry registry) {
        if (inMemoryEngineDatabase == null) {
            inMemoryEngineDatabase = TestDatabase.newDatabase("app");
        }
        database(registry, inMemoryEngineDatabase);
        registry.add("sangsaeng.engine.mode", () -> "in-memory");
        registry.add("sangsaeng.demo.enabled", () -> "false");
    }

    public static void database(DynamicPropertyRegistry registry, TestDatabase.Database db) {
        registry.add("sangsaeng.db.url", db::url);
        registry.add("sangsaeng.db.user", db::user);
        registry.add("sangsaeng.db.password", db::password);
        registry.add("sangsaeng.home", () -> System.getProperty("sangsaeng.project.root", ".."));
    }
}
