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
 * Makes every command answer with a {@link ChangeReceipt}. The command bus side hands out the receipt; the event
 * bus side fills it in when the unit of work's events are stored (Axon intercepts published events only then, in
 * the prepare-commit phase, so the receipt is complete once the command has completed).
 * <p>
 * Deliberately not a Spring bean: Axon would register an interceptor bean on every bus it fits, a second time.
 */
final class AppliedChangeRecorder implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RESOURCE = ChangeReceipt.class.getName();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        ChangeReceipt receipt = new ChangeReceipt();
        unitOfWork.root().resources().put(RESOURCE, receipt);
        interceptorChain.proceed();
        return receipt;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                ChangeReceipt receipt = CurrentUnitOfWork.get().root().getResource(RESOURCE);
                if (receipt != null) {
                    receipt.record(new AppliedChange(domainEvent.getAggregateIdentifier(),
                                                     domainEvent.getSequenceNumber()));
                }
            }
            return event;
        };
    }
}
