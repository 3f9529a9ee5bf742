/** Measuring trained models: classification reports, out-of-scope metrics and anger separation. */
package dev.chatdesk.models.eval;
