package org.peerproof.app.operations;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hikari checks a borrowed connection only when it has been idle for more than 500 ms, so after the database
 * dropped every connection (a restart, a failover, a kill) the next requests were handed dead connections used
 * just before and answered 503 although the database was back. Hikari reads this window only from a system
 * property, once per pool, so it is set before any bean (the pool included) is created: every borrow is checked
 * with a ping, 30-60 µs on a loopback (docs/reliability.md, R13).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionCheckOnEveryBorrow {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    @Bean
    static BeanFactoryPostProcessor checkEveryBorrowedConnection() {
        return beanFactory -> {
            if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
                System.setProperty(ALIVE_BYPASS_WINDOW, "0");
            }
        };
    }
}
