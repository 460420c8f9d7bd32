package org.innovationledger.api.studio;

/**
 * The worker a studio is named after (领衔人), with their honour title (荣誉称号), for example
 * {@code 全国劳动模范} or {@code 省级技能大师}.
 */
public record Leader(String name, String honourTitle) {
}
