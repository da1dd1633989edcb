package io.shipgate.routes.carrier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads carrier calls run on: one virtual thread per call, so a slow carrier costs no
 * platform thread and rate shopping fans out without a pool size to tune.
 */
@Configuration(proxyBeanMethods = false)
public class CarrierExecutor {

    public static final String BEAN = "carrierExecutor";

    @Bean(name = BEAN, destroyMethod = "shutdown")
    ExecutorService carrierExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("carrier-", 0).factory());
    }
}
