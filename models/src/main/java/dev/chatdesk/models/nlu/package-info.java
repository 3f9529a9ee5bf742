/** The NLU network (encoder plus intent, sentiment and anger heads), trained models and their scores. */
package dev.chatdesk.models.nlu;
