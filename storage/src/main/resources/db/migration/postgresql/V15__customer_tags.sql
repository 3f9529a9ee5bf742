-- Customer profiles: the tags agents put on a customer ("vip", "wholesale"), one row a tag. Erased
-- with the customer.
CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    tag TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (customer_id, tag));
