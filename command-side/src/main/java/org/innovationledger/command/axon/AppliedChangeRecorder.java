package org.innovationledger.command.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Makes every command answer with the {@link AppliedChange} it caused: the event bus side notes the last domain
 * event published in the unit of work, and the command side returns it as the command's result.
 */
public final class AppliedChangeRecorder implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RESOURCE = AppliedChange.class.getName();

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().resources().put(
                        RESOURCE, new AppliedChange(domainEvent.getAggregateIdentifier(),
                                                    domainEvent.getSequenceNumber()));
            }
            return event;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        interceptorChain.proceed();
        return unitOfWork.root().getResource(RESOURCE);
    }
}
