package org.innovationledger.command.demo;

import org.innovationledger.api.achievement.AchievementCategory;

/** Invented but plausible texts of the demo: challenges, achievement titles, reasons. */
final class DemoTexts {

    /** title, description, outcome */
    static final String[][] CHALLENGES = {
            {"井下皮带机频繁跑偏", "主运输皮带机跑偏导致月均停机二十小时", "加装自动纠偏装置，停机时间减少八成"},
            {"变压器油温异常升高", "夏季高峰负荷时主变油温逼近告警值", "改造冷却风扇控制回路，油温下降八度"},
            {"合成塔催化剂寿命偏短", "催化剂更换周期由两年缩短至十四个月", "优化升温还原曲线，寿命延长至二十六个月"},
            {"大型齿轮热处理变形", "渗碳淬火后齿形超差，返修率百分之十二", "设计专用压淬夹具，返修率降至百分之二"},
            {"尾矿浓缩机耙架卡死", "雨季来料浓度波动导致耙架过载", "增加扭矩监测与自动提耙，全年未再卡死"},
            {"回转窑窑皮频繁脱落", "窑皮不稳导致耐火砖寿命不足半年", "调整喂煤与风量配比，耐火砖寿命翻番"},
            {"贴片机抛料率偏高", "高速贴片机抛料率长期在千分之五以上", "改进吸嘴清洁与供料器校准，抛料率降至千分之一"},
            {"焊装夹具定位精度不足", "车门焊装间隙不均，客户投诉较多", "重新设计定位销与压紧机构，一次合格率达99%"},
            {"老旧管网漏损率高", "城区供水漏损率超过百分之十八", "分区计量与夜间最小流量分析，漏损率降至百分之十"},
            {"消毒供应器械追溯困难", "手工登记追溯耗时且易出错", "引入扫码追溯流程，追溯时间缩短九成"},
            {"沥青拌和站能耗偏高", "燃烧器热效率低，单吨燃油消耗偏高", "改造燃烧器与保温层，单吨能耗下降一成"},
            {"细纱断头率偏高", "夏季车间温湿度波动导致断头增多", "加装温湿度联动控制，断头率下降三成"},
    };

    static final String[] OBJECTS = {"皮带机托辊", "刮板输送机链条", "变压器呼吸器", "开关柜触头", "离心泵机封",
            "反应釜搅拌器", "齿轮箱油路", "钻孔夹具", "尾矿输送管道", "破碎机衬板", "回转窑托轮", "包装机计量斗",
            "贴片机吸嘴", "焊装定位销", "喷涂机器人", "供水阀门", "水表井盖", "输液架", "沥青洒布机", "细纱机罗拉",
            "灌装机阀头", "砖机模具", "电缆沟盖板", "行车滑触线", "空压机冷却器", "电机轴承", "液压站滤芯",
            "配电箱锁具", "安全帽灯", "检修平台"};
    private static final String[] INVENTIONS = {"快速更换工具", "在线监测装置", "自动清扫装置", "防卡堵装置",
            "便携式检测仪", "专用拆装器"};
    private static final String[] CREATIONS = {"新型检修方法", "快速定位工法", "节能运行方法", "标准化作业法",
            "在线修复工艺"};
    private static final String[] INNOVATIONS = {"改造", "节能改造", "结构优化", "自动控制改造", "润滑系统改进"};
    private static final String[] DESIGNS = {"布局优化设计", "专用工装设计", "防护罩设计", "快装支架设计",
            "标识看板设计"};
    private static final String[] SUGGESTIONS = {"点检周期调整建议", "备件库存优化建议", "巡检路线优化建议",
            "能耗统计改进建议", "作业流程简化建议"};

    static String title(AchievementCategory category, int no) {
        String object = OBJECTS[no % OBJECTS.length];
        int variant = no / OBJECTS.length;
        return switch (category) {
            case SMALL_INVENTION -> "一种" + object + INVENTIONS[variant % INVENTIONS.length];
            case SMALL_CREATION -> object + CREATIONS[variant % CREATIONS.length];
            case SMALL_INNOVATION -> object + INNOVATIONS[variant % INNOVATIONS.length];
            case SMALL_DESIGN -> object + DESIGNS[variant % DESIGNS.length];
            case SMALL_SUGGESTION -> "关于" + object + SUGGESTIONS[variant % SUGGESTIONS.length];
        } + (variant >= 5 ? "（" + (variant / 5 + 1) + "型）" : "");
    }

    static final String[] PROBLEMS = {"故障频发，每月停机十余小时", "人工操作劳动强度大、效率低", "能耗偏高，运行成本居高不下",
            "存在安全隐患，曾发生未遂事件", "备件消耗大，维修费用高", "质量波动大，返工率偏高"};
    static final String[] MEASURES = {"自制专用工装并优化结构", "加装传感器实现自动控制", "改进工艺参数与操作顺序",
            "重新设计关键部件", "采用标准化作业与目视化管理", "利用废旧材料改制"};
    static final String[] EFFECTS = {"停机时间减少七成以上", "作业效率提高一倍", "年节约电费数万元", "消除了安全隐患",
            "备件消耗下降四成", "一次合格率提高到98%以上"};
    static final String[] RETURN_REASONS = {"请补充效益测算依据", "完成人贡献比例需重新核定", "请补充现场应用照片和记录",
            "问题描述不够具体，请补充数据"};
    static final String[] REJECT_REASONS = {"与已有成果重复", "创新性不足，属常规检修内容", "效益测算依据不足且未能补充"};
    static final String[] CLAIM_REJECT_REASONS = {"缺少财务凭证", "节约费用计算口径与财务不一致", "效益与本成果无直接关系"};

    private DemoTexts() {
    }
}
