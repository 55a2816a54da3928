package com.forecourt.testing;

import com.forecourt.standalone.ForecourtApplication;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole system on its real stores, over real HTTP. Every integration test uses exactly this configuration, so
 * Spring caches one application context per JVM and PostgreSQL and Elasticsearch start once per build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ForecourtApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "forecourt.embedded.enabled=true",
                "forecourt.embedded.postgres.port=0",
                "forecourt.embedded.elasticsearch.port=0",
                "server.address=127.0.0.1",
                // every test opens its own delivery days, spread over decades so they never collide (TestOrders);
                // the horizon rule itself is covered by DeliveryDayTest
                "forecourt.delivery.booking-horizon=P100Y",
                // a loaded build machine may take longer than 2 s to restart a processor a test stopped
                "forecourt.projections.consistency.timeout=10s",
                // application.yml's development users, plus "visitor", who is signed in but has no API role.
                // A list is replaced as a whole by the source that sets it, so all three are listed here.
                "forecourt.security.users[0].name=staff",
                "forecourt.security.users[0].password={noop}staff",
                "forecourt.security.users[0].roles=STAFF",
                "forecourt.security.users[1].name=admin",
                "forecourt.security.users[1].password={noop}admin",
                "forecourt.security.users[1].roles=STAFF,ADMIN",
                "forecourt.security.users[2].name=visitor",
                "forecourt.security.users[2].password={noop}visitor",
                "forecourt.security.users[2].roles=VISITOR"
        })
public @interface ForecourtIntegrationTest {
}
