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
public class CarrierThreads {

    public static final String EXECUTOR = "carrierExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdown")
    ExecutorService carrierExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("carrier-", 0).factory());
    }
}
