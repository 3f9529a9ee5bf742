/** The agent side: accounts and login, the queue, taking over, answering and handing back conversations. */
package dev.chatdesk.connectors.agent;
