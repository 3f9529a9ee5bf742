/**
 * The crash test: the real server as a child process under load from concurrent customers, killed
 * with SIGKILL and restarted on the same data, then checked for lost, reordered or duplicated
 * messages and lost escalations.
 */
package dev.chatdesk.server.crash;
