/** Fine-tuning the NLU network: training data and settings, the training run, calibration and the model cache. */
package dev.chatdesk.models.training;
