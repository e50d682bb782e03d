package org.reachable.platform.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;

/** The executor behind {@code @Async} and Spring Modulith's asynchronous listeners (see {@link ListenerExecutor}). */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    AsyncTaskExecutor applicationTaskExecutor(@Value("${reachable.listeners.concurrency:8}") int limit) {
        return new ListenerExecutor(limit);
    }
}
