/** The CSV data sets the NLU trains and is evaluated on, and our bundled customer-service sentiment set. */
package dev.chatdesk.models.data;
