/**
 * The conversation service: what happens to a customer message from storage through the model
 * and the dialogue manager to the reply, and what agents do with escalated conversations.
 */
package dev.chatdesk.core.service;
