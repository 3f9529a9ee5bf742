package dev.chatdesk.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A return registered for some items of an order, and how far it has got.
 *
 * @param rma the return's number, printed on the label
 * @param skus the returned items
 * @param reason why the customer sent them back
 * @param registeredOn when the return was registered
 * @param receivedOn when the parcel reached the warehouse (null while in transit)
 * @param refundedOn when the refund was issued (null until then)
 * @param amount the refund for the items
 */
record OrderReturn(String rma, List<String> skus, String reason, LocalDate registeredOn, LocalDate receivedOn,
        LocalDate refundedOn, BigDecimal amount) {
    /** Copies the list. */
    OrderReturn {
        skus = List.copyOf(skus);
    }
}
