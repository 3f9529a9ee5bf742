/** The {@code ./chatdesk} commands of the contract: {@code nlu train|eval|predict|bench}. */
package dev.chatdesk.server.cli;
