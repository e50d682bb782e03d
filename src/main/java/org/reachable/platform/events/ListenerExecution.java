package org.reachable.platform.events;

import org.reachable.platform.database.TransactionSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * The executor behind {@code @Async} and Spring Modulith's asynchronous listeners (see {@link ListenerExecutor}), and
 * the publication log they complete in (see {@link CompletionWithoutWaiting}).
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    AsyncTaskExecutor applicationTaskExecutor(@Value("${reachable.listeners.concurrency:8}") int limit) {
        return new ListenerExecutor(limit);
    }

    @Bean
    @Primary
    EventPublicationRepository completionWithoutWaiting(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository log, TransactionSettings settings) {
        return new CompletionWithoutWaiting(log, settings);
    }
}
