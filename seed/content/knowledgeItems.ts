import type { RegionVariableName } from '@/domain/regionVariables'
import type { Channel } from '@/domain/channels'
import type { SeedKnowledgeItem } from './types'

/** FAQ and customer-facing articles: online hall, self-service kiosks and the agent knowledge base. */
const PUBLIC: Channel[] = ['online_hall', 'self_service', 'agent_kb']
/** Published on the online hall and for agents, not on kiosks. */
const HALL: Channel[] = ['online_hall', 'agent_kb']
/** Internal only: scripts, notices, internal rules. */
const AGENT: Channel[] = ['agent_kb']

/**
 * Demo knowledge items (Simplified Chinese). Owners span HQ (100000), provinces and cities; local
 * variants point at the item they replace with `overrides`. Texts may use region variables
 * ({{hotline}}, {{storeHours}}, {{website}}, {{appName}}, {{complaintLine}}).
 */
export const SEED_KNOWLEDGE_ITEMS: SeedKnowledgeItem[] = [
  // ───────────────────────────── 套餐资费 ─────────────────────────────
  {
    externalId: 'demo-0001',
    kind: 'faq',
    title: '套餐变更什么时候生效？',
    summary:
      '手机套餐变更（升档、降档、同档互换）当月受理，默认次月1日0点生效；当月仍按原套餐计费。',
    body: [
      {
        type: 'paragraph',
        text: '套餐变更受理后默认在次月1日0点生效，当月继续使用原套餐内的流量和通话分钟数，并按原套餐收取月费。变更后原套餐赠送但未用完的资源不结转到新套餐。',
      },
      {
        type: 'steps',
        title: '办理渠道',
        steps: [
          '登录{{appName}}，进入“办理—套餐变更”，选择目标套餐并提交；',
          '或登录网上营业厅{{website}}，在“套餐变更”栏目办理；',
          '或拨打{{hotline}}转人工，或到营业厅办理；',
          '提交后可在“我的预约”中查看，月底前可撤销。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '每个自然月只能预约一次套餐变更；新入网用户首月不可变更套餐。',
      },
      {
        type: 'agentOnly',
        text: 'CRM路径：客户视图—产品变更—套餐变更—“预约次月生效”。客户要求当月立即生效的，只有升档可选“立即生效（按天折算）”，降档不得手工改为当月生效；系统提示“互斥”时先查看“销售品关系”中的融合或合约约束。',
      },
    ],
    category: '套餐资费',
    tags: ['套餐变更', '生效时间', '升档', '降档'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0002'],
  },
  {
    externalId: 'demo-0002',
    kind: 'faq',
    title: '套餐降档有哪些限制？',
    summary:
      '降档次月生效，需无欠费、不在合约或最低消费承诺期内，并先取消依附当前套餐的副卡、融合等优惠。',
    body: [
      {
        type: 'paragraph',
        text: '降档是指由月费较高的套餐改为月费较低的套餐，与其他套餐变更一样在次月1日生效。',
      },
      {
        type: 'steps',
        title: '办理前请确认',
        steps: [
          '号码无欠费；',
          '不在合约期或承诺最低消费期内（合约期内降档视为提前解约）；',
          '已取消以当前套餐为前提的优惠，如副卡共享、宽带融合赠送等。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '部分已下架的老套餐降档后无法再改回，请在办理前确认。',
      },
      {
        type: 'paragraph',
        text: '降档可通过{{appName}}、网上营业厅或拨打{{hotline}}办理；线上页面提示“暂不支持”的，可由人工受理。',
      },
      {
        type: 'agentOnly',
        text: '挽留口径：可在CRM“存量保有”模块查询客户可办理的保有方案（如赠送3个月10GB流量），介绍一次即可；客户明确拒绝后必须当场受理降档，不得设置障碍、不得要求到厅办理，否则按“降档难”投诉问责。',
      },
    ],
    category: '套餐资费',
    tags: ['降档', '套餐变更', '合约'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0001', 'demo-0010'],
  },
  {
    externalId: 'demo-0003',
    kind: 'article',
    title: '不限量套餐达量限速规则',
    summary:
      '不限量套餐的高速流量用完后降速继续使用、不额外收费；当月累计达到100GB后降至128kbps，次月1日恢复。',
    body: [
      { type: 'heading', text: '限速规则' },
      {
        type: 'paragraph',
        text: '不限量套餐（畅享类）包含一定额度的高速通用流量。套餐内高速流量用完后降速至1Mbps；当月累计使用达到100GB后降速至128kbps；次月1日0点自动恢复高速。限速期间不会断网，也不额外收费。',
      },
      { type: 'heading', text: '如何恢复高速' },
      {
        type: 'paragraph',
        text: '限速期间可叠加订购流量加油包，加油包流量用完后继续按限速执行。热点共享、视频等产生的流量同样计入达量统计。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '发送短信“LL”到10001，或在{{appName}}“流量查询”中可查看当前是否处于限速状态。',
      },
    ],
    category: '套餐资费',
    tags: ['不限量', '限速', '达量降速'],
    channels: HALL,
    owner: '100000',
    state: 'published',
    related: ['demo-0004'],
  },
  {
    externalId: 'demo-0004',
    kind: 'faq',
    title: '流量不够用了，流量加油包有哪些档位？',
    summary: '全国通用流量加油包分4档，订购后立即生效，到期剩余流量清零，订购成功后不支持退订。',
    body: [
      {
        type: 'priceTable',
        caption: '全国通用流量加油包（不含港澳台及境外）',
        rows: [
          { item: '1GB日包', price: '5元', note: '当日24点前有效' },
          { item: '3GB周包', price: '10元', note: '7天有效' },
          { item: '5GB月包', price: '20元', note: '当月有效' },
          { item: '10GB月包', price: '30元', note: '当月有效' },
        ],
      },
      {
        type: 'paragraph',
        text: '流量扣减顺序为先扣加油包，再扣套餐内流量。可在{{appName}}“流量专区”或网上营业厅订购，成功后会收到10001短信确认。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '加油包属于一次性购买产品，订购成功后不支持退订，请核对档位后再确认。',
      },
    ],
    category: '流量包',
    tags: ['流量包', '加油包', '资费'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0003', 'demo-0006'],
  },
  {
    externalId: 'demo-0005',
    kind: 'faq',
    title: '广东流量加油包有哪些档位？',
    summary: '广东号码可订购广东专属流量加油包，价格低于全国通用包，仅限在广东省内使用。',
    body: [
      {
        type: 'priceTable',
        caption: '广东专属流量加油包（限广东省内使用）',
        rows: [
          { item: '2GB日包', price: '5元', note: '当日有效' },
          { item: '5GB三日包', price: '10元', note: '3天有效' },
          { item: '10GB月包', price: '19元', note: '当月有效' },
          { item: '20GB月包', price: '29元', note: '当月有效，每月限订2次' },
        ],
      },
      {
        type: 'paragraph',
        text: '出省后自动改用套餐内或全国通用流量。订购渠道：{{appName}}“流量专区—广东特惠”、广东网上营业厅{{website}}，或发送短信“GDLL”到10001。订购后立即生效，到期剩余流量清零。',
      },
      { type: 'callout', tone: 'warning', text: '订购成功后不支持退订，请确认档位后再提交。' },
      {
        type: 'agentOnly',
        text: '误订退费口径（广东）：订购后24小时内且包内流量使用不超过10%的，可提交“广东流量包误订”工单全额退费，班长审批；未成年人及65周岁以上老人放宽至72小时；同一号码12个月内仅限一次。处理后须在CRM为客户开通“流量包订购二次确认”。',
      },
    ],
    category: '流量包',
    tags: ['广东', '流量包', '加油包'],
    channels: PUBLIC,
    owner: '440000',
    state: 'published',
    overrides: 'demo-0004',
  },
  {
    externalId: 'demo-0006',
    kind: 'faq',
    title: '流量日租包怎么收费？',
    summary: '日租包用才收费：当天产生流量才扣日租费，1元800MB/天或2元2GB/天。该产品已停止新订购。',
    body: [
      {
        type: 'priceTable',
        rows: [
          { item: '日租包（800MB）', price: '1元/天', note: '当天使用才收费' },
          { item: '日租包（2GB）', price: '2元/天', note: '当天使用才收费' },
        ],
      },
      {
        type: 'paragraph',
        text: '有效期为当日0点至24点，未用完流量次日清零。超出日租额度后自动再叠加一份并再次扣费。日租包为长期订购关系，退订次日生效。',
      },
    ],
    category: '流量包',
    tags: ['日租包', '流量包', '已下架'],
    channels: PUBLIC,
    owner: '100000',
    state: 'archived',
  },
  {
    externalId: 'demo-0007',
    kind: 'article',
    title: '融合套餐（宽带+手机）办理规则',
    summary:
      '融合套餐把手机与宽带、固话或天翼高清组合按月统一计费；安装地址须有光纤覆盖，拆宽带或主号销户会导致套餐解体。',
    body: [
      {
        type: 'paragraph',
        text: '融合套餐将手机号码与宽带（光纤）、固话或天翼高清（IPTV）组合在一个套餐内，按月统一收取月费，价格低于分别办理。各地档位和价格以当地公示为准。',
      },
      {
        type: 'steps',
        title: '办理流程',
        steps: [
          '确认安装地址在光纤覆盖范围内（可在{{appName}}“宽带融合”专区查询）；',
          '主号已实名且无欠费，选择融合档位；',
          '提交装机地址，装维人员一般在3个工作日内上门；',
          '装机完成后宽带与手机共用一个账户，一次缴费即可。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '拆除宽带或主号销户会导致融合套餐解体，手机转为单卡套餐、宽带按单宽带资费计费；合约期内还需按协议处理违约金。',
      },
    ],
    category: '融合套餐',
    tags: ['融合套餐', '宽带', '办理条件'],
    channels: HALL,
    owner: '100000',
    state: 'published',
    related: ['demo-0022', 'demo-0025'],
  },
  {
    externalId: 'demo-0008',
    kind: 'article',
    title: '四川“天府融合”套餐资费',
    summary:
      '四川天府融合套餐分129元、169元、199元三档，含宽带、手机流量通话和副卡，新装免收安装调测费。',
    body: [
      {
        type: 'priceTable',
        caption: '天府融合套餐（12或24个月合约）',
        rows: [
          { item: '129元档', price: '129元/月', note: '300M宽带、主卡40GB流量+500分钟、1张副卡' },
          { item: '169元档', price: '169元/月', note: '500M宽带、60GB流量+1000分钟、2张副卡' },
          {
            item: '199元档',
            price: '199元/月',
            note: '1000M宽带、100GB流量+1000分钟、2张副卡，赠送天翼高清',
          },
        ],
      },
      {
        type: 'paragraph',
        text: '四川省内新装宽带免收安装调测费（原价100元），光猫免费借用，拆机时需归还。可通过四川网上营业厅{{website}}、{{appName}}、{{hotline}}或四川各地营业厅办理。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '甘孜、阿坝等川西高原部分地区光纤覆盖有限，能否安装以现场勘察结果为准。',
      },
    ],
    category: '融合套餐',
    tags: ['四川', '融合套餐', '资费'],
    channels: HALL,
    owner: '510000',
    state: 'published',
    overrides: 'demo-0007',
  },
  {
    externalId: 'demo-0009',
    kind: 'article',
    title: '成都天府融合套餐资费及千兆升级',
    summary:
      '成都地区天府融合套餐169元档宽带升级为1000M并配WiFi6路由器，199元档签24个月合约另赠12个月天翼高清。',
    body: [
      {
        type: 'priceTable',
        caption: '成都地区天府融合套餐',
        rows: [
          {
            item: '129元档',
            price: '129元/月',
            note: '同全省：300M宽带、40GB流量+500分钟、1张副卡',
          },
          {
            item: '169元档',
            price: '169元/月',
            note: '成都升级为1000M宽带，赠WiFi6路由器一台，60GB流量+1000分钟、2张副卡',
          },
          {
            item: '199元档',
            price: '199元/月',
            note: '1000M宽带、100GB流量+1000分钟；签24个月合约另赠12个月天翼高清',
          },
        ],
      },
      {
        type: 'paragraph',
        text: '成都中心城区（锦江、青羊、金牛、武侯、成华、高新区、天府新区）装维人员一般在48小时内预约上门，简阳、都江堰等郊县为3个工作日内。',
      },
      {
        type: 'paragraph',
        text: '可到春熙路、天府广场等营业厅办理（营业时间{{storeHours}}），或拨打{{hotline}}预约。新装免收安装调测费。',
      },
    ],
    category: '融合套餐',
    tags: ['成都', '千兆', '融合套餐'],
    channels: HALL,
    owner: '510100',
    state: 'published',
    overrides: 'demo-0008',
  },
  {
    externalId: 'demo-0010',
    kind: 'article',
    title: '合约期内提前解约违约金计算规则',
    summary:
      '合约期内销户、携出、降档或取消合约视为提前解约，违约金一般按已享优惠×剩余月数÷合约总月数折算。',
    body: [
      {
        type: 'paragraph',
        text: '参加存费送机、购机送费、承诺月最低消费等合约活动的用户，在合约期内申请销户、携号转网、降档或取消合约套餐，均视为提前解约。',
      },
      { type: 'heading', text: '计算方法' },
      {
        type: 'paragraph',
        text: '违约金＝已赠送话费或终端补贴总额×剩余合约月数÷合约总月数，协议另有约定的从其约定。例如合约24个月共赠送话费480元，已履约18个月，则违约金为480×6÷24＝120元。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '合约到期时间可在{{appName}}“我的合约”中查询，或拨打{{hotline}}咨询。解约需机主本人持身份证到营业厅办理。',
      },
      {
        type: 'agentOnly',
        text: '违约金减免：坐席和营业员无减免权限，不得口头承诺。因失业、重病等特殊困难申请减免的，收集证明材料后提交“违约金减免”工单，由地市分公司客户服务部审批；客户以携号转网为由要求减免的按正常流程处理，但不得以合约为由阻止携出。',
      },
    ],
    category: '套餐资费',
    tags: ['合约', '违约金', '解约'],
    channels: HALL,
    owner: '100000',
    state: 'published',
    related: ['demo-0002', 'demo-0046'],
  },
  {
    externalId: 'demo-0011',
    kind: 'notice',
    title: '【上市公告】“5G畅享融合”新套餐上市服务公告',
    summary:
      '“5G畅享融合”套餐将于公告生效日起在全国上市，分159元、229元两档；请坐席上市前完成知识学习。',
    body: [
      {
        type: 'paragraph',
        text: '“5G畅享融合”套餐将于本公告生效之日起在全国受理，各省可在此基础上发布本地档位，以省公司公告为准。',
      },
      {
        type: 'priceTable',
        caption: '5G畅享融合（全国统一档位）',
        rows: [
          { item: '159元档', price: '159元/月', note: '500M宽带、60GB通用流量、500分钟、2张副卡' },
          {
            item: '229元档',
            price: '229元/月',
            note: '1000M宽带＋FTTR主从设备、100GB通用流量、1000分钟、3张副卡',
          },
        ],
      },
      {
        type: 'agentOnly',
        text: '统一答复口径：上市日前客户咨询的，只可告知“即将上市，请关注官方渠道”，不得提前受理或承诺价格；老融合用户可平档迁移，合约期不变，不收违约金。服务前置：本套餐知识、话术已于上市前加载，坐席须在工作台点击“已阅知”。',
      },
    ],
    category: '融合套餐',
    tags: ['新套餐', '上市', '融合套餐', '服务前置'],
    channels: AGENT,
    owner: '100000',
    state: 'approved',
    effectiveFromDays: 7,
    expiresAtDays: 97,
    related: ['demo-0007'],
  },
  {
    externalId: 'demo-0012',
    kind: 'faq',
    title: '副卡怎么办理，每月多少钱？',
    summary:
      '副卡挂在主卡套餐下共享流量和通话，一张主卡一般最多4张副卡，超出套餐赠送数量的每张10元/月。',
    body: [
      {
        type: 'priceTable',
        rows: [
          { item: '套餐赠送副卡', price: '免费', note: '数量以套餐说明为准' },
          { item: '超出赠送数量的副卡', price: '10元/张/月', note: '一张主卡一般最多4张副卡' },
        ],
      },
      {
        type: 'paragraph',
        text: '副卡共享主卡套餐内的国内通话和通用流量，先到先用，主卡可在{{appName}}“副卡管理”中为副卡设置每月共享上限。副卡的短信和增值业务单独计费，费用并入主卡账户。',
      },
      {
        type: 'steps',
        title: '办理方式',
        steps: [
          '主卡机主携带本人身份证及副卡使用人证件到营业厅办理；',
          '或在{{appName}}“我的—套餐—副卡管理”在线申请并选号，到厅或快递领卡；',
          '取消副卡由主卡机主申请，次月1日生效。',
        ],
      },
    ],
    category: '套餐资费',
    tags: ['副卡', '亲情副卡', '共享'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  // ───────────────────────────── 账单缴费 ─────────────────────────────
  {
    externalId: 'demo-0013',
    kind: 'faq',
    title: '怎么查询月账单和通话详单？',
    summary: '每月3日后可查上月账单；详单可查当月及前5个月，仅限机主本人查询。',
    body: [
      {
        type: 'steps',
        title: '查询方式',
        steps: [
          '网上营业厅{{website}}：进入“费用—账单查询”可查近6个月账单，“详单查询”需服务密码和短信验证码；',
          '{{appName}}首页“账单”入口可查近12个月账单；',
          '发送短信“ZD”到10001获取上月账单摘要；',
          '拨打{{hotline}}按语音提示查询。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '超过6个月的详单系统不再保存，无法补查。他人代查需携带机主身份证原件和授权书到营业厅办理。',
      },
    ],
    category: '账单缴费',
    tags: ['账单', '详单', '查询'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0014',
    kind: 'faq',
    title: '欠费停机后怎么恢复？',
    summary: '缴清欠费后一般30分钟内自动复机，不收复机费；超过2小时未恢复可申请人工复机。',
    body: [
      {
        type: 'paragraph',
        text: '余额不足或账单逾期未缴时，号码先停止呼出（单停），仍未缴费则呼入呼出全部停止（双停）。通过{{appName}}、网上营业厅、微信、支付宝或银行任一渠道缴清欠费后，系统一般30分钟内自动复机。',
      },
      { type: 'paragraph', text: '超过2小时仍未恢复的，请拨打{{hotline}}或到营业厅申请人工复机。' },
      { type: 'callout', tone: 'warning', text: '双停超过90天的号码可能被销号回收，请尽快缴费。' },
      {
        type: 'agentOnly',
        text: '紧急开机：五星及以上客户因就医、出行等紧急情况暂时无法缴费的，可在CRM“账务—紧急开机”申请，有效期72小时，每年限2次，欠费200元以内班长审批。地市另有口径的按地市口径执行。',
      },
    ],
    category: '账单缴费',
    tags: ['欠费', '停机', '复机'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0017'],
  },
  {
    externalId: 'demo-0015',
    kind: 'faq',
    title: '江苏欠费停机有宽限期吗？',
    summary: '江苏后付费用户缴费截止日为每月20日，另有5天宽限期；26日起单停，单停15天后双停。',
    body: [
      {
        type: 'paragraph',
        text: '江苏省内后付费用户每月1日出上月账单，缴费截止日为每月20日；逾期未缴的给予5天宽限期（至25日），宽限期内号码正常使用，并会收到10001短信提醒。',
      },
      {
        type: 'paragraph',
        text: '宽限期满仍未缴费的，于当月26日起单向停机（停止呼出），单停15天后仍未缴费则双向停机。缴清欠费后30分钟内自动复机。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '可通过江苏网上营业厅{{website}}、{{appName}}或省内合作银行网点缴费；咨询请拨打{{hotline}}。',
      },
    ],
    category: '账单缴费',
    tags: ['江苏', '欠费', '宽限期', '停机'],
    channels: PUBLIC,
    owner: '320000',
    state: 'published',
    overrides: 'demo-0014',
  },
  {
    externalId: 'demo-0016',
    kind: 'script',
    title: '南京欠费停机紧急复机受理话术',
    summary:
      '南京客户欠费停机后因紧急情况需立即恢复通话时，坐席按条件受理72小时紧急开机并告知缴费期限。',
    body: [
      {
        type: 'paragraph',
        text: '开场：“您好，我理解您现在很着急，我先帮您看一下号码能不能申请临时开机。”',
      },
      {
        type: 'steps',
        title: '受理步骤',
        steps: [
          '核验机主身份（服务密码或短信验证码发送至其他联系号码）；',
          '确认号码为南京归属、在网满12个月、近6个月无恶意欠费；',
          '告知：“已为您申请紧急开机，有效期72小时，请在72小时内缴清欠费，否则会自动恢复停机。”',
          '缴费后未自动复机的，提交“南京复机异常”工单。',
        ],
      },
      {
        type: 'agentOnly',
        text: '审批权限：欠费200元以内班长审批；200元以上至500元主管审批；超过500元不予办理，话术：“很抱歉，当前欠费金额较大，暂无法为您临时开机，建议您先通过线上渠道缴费，缴费后30分钟内会自动恢复。”每个号码每年限2次。南京计费支撑组2小时内处理异常工单。',
      },
    ],
    category: '账单缴费',
    tags: ['南京', '紧急开机', '话术'],
    channels: AGENT,
    owner: '320100',
    state: 'published',
    related: ['demo-0014'],
  },
  {
    externalId: 'demo-0017',
    kind: 'faq',
    title: '充值后话费没到账怎么办？',
    summary: '充值一般实时到账，高峰期最长约2小时；超过24小时未到账请带订单号联系客服核查。',
    body: [
      {
        type: 'steps',
        title: '请按以下步骤排查',
        steps: [
          '核对充值号码是否填写正确；',
          '在{{appName}}或网上营业厅“缴费记录”中查看是否已有该笔入账；',
          '通过第三方平台充值的，查看订单状态：“充值中”请耐心等待，“失败”的款项1至7个工作日原路退回；',
          '超过24小时仍未到账，保留订单号、支付时间和金额，拨打{{hotline}}或原平台客服核查。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '错充到他人号码的，需自行联系对方协商退还，运营商无法直接划转。',
      },
    ],
    category: '账单缴费',
    tags: ['充值', '未到账', '缴费'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0018',
    kind: 'faq',
    title: '话费电子发票怎么开？',
    summary: '在网上营业厅或App选择月结发票或实缴发票开具电子发票，两种方式二选一，可开近12个月。',
    body: [
      {
        type: 'steps',
        title: '开具步骤',
        steps: [
          '登录网上营业厅{{website}}或{{appName}}，进入“发票—电子发票”；',
          '选择按月结账单开具（月结发票）或按充值记录开具（实缴发票）；',
          '填写抬头，单位抬头须填纳税人识别号；',
          '开具后下载PDF或发送至邮箱。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '月结与实缴只能二选一，同一笔费用不可重复开票；积分抵扣、赠送话费不予开票。',
      },
      { type: 'paragraph', text: '需要增值税专用发票的，由单位持营业执照等资料到营业厅申请。' },
    ],
    category: '发票',
    tags: ['发票', '电子发票', '开票'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0019'],
  },
  {
    externalId: 'demo-0019',
    kind: 'faq',
    title: '北京可以打印纸质话费发票吗？',
    summary:
      '北京用户先在线申请电子发票，再持身份证到指定自有营业厅打印纸质版；专票3个工作日后领取或免费邮寄。',
    body: [
      {
        type: 'paragraph',
        text: '话费发票统一以电子发票开具。北京用户如确需纸质发票，可先在北京网上营业厅{{website}}或{{appName}}申请电子发票，再持本人身份证到西单、建国门、中关村、王府井等指定自有营业厅打印，营业时间{{storeHours}}。',
      },
      {
        type: 'paragraph',
        text: '单位需要增值税专用发票的，由经办人携带加盖公章的营业执照复印件、开票信息及本人身份证办理，开具3个工作日后到原网点领取，也可选择邮寄，北京市内免邮费。',
      },
      {
        type: 'agentOnly',
        text: '同一账期发票只能打印一次，补打纸质版须在开票系统选择“电子发票转纸质”；抬头或税号错误需重开的，先红冲再重开，红冲需值班经理授权。',
      },
    ],
    category: '发票',
    tags: ['北京', '发票', '纸质发票'],
    channels: PUBLIC,
    owner: '110000',
    state: 'published',
    overrides: 'demo-0018',
  },
  {
    externalId: 'demo-0020',
    kind: 'script',
    title: '扣费争议来电安抚话术',
    summary:
      '客户质疑“乱扣费”时，先共情、再查明扣费项目，确认非本人订购的先退订再提交核查，不得超权限承诺退费。',
    body: [
      {
        type: 'steps',
        title: '话术要点',
        steps: [
          '共情，不打断：“非常理解您的心情，看到不明扣费谁都会着急，我马上帮您查清楚。”',
          '完成身份校验后当场查询订购记录和详单，讲清扣费项目、时间和金额，避免“系统自动扣的”“我也不清楚”等模糊表述；',
          '确认非客户主动订购的先退订：“已为您退订，下月起不再收费，已扣费用我马上提交核查。”',
          '客户提出向工信部投诉或媒体曝光时不争辩，完整记录诉求后转班长。',
        ],
      },
      {
        type: 'agentOnly',
        text: '一线坐席无直接退费权限，只能提交退费工单，话术用“我帮您提交申请，结果会在15个工作日内回复您”，不得说“肯定给您退”。退费额度按《话费退费审批权限规定》执行。',
      },
    ],
    category: '账单缴费',
    tags: ['扣费争议', '安抚', '话术'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0021', 'demo-0079'],
  },
  {
    externalId: 'demo-0021',
    kind: 'article',
    title: '话费退费审批权限规定',
    summary:
      '一线坐席无直接退费权限；班长50元以内、主管500元以内，500元以上由区域客服中心经理审批。',
    body: [
      {
        type: 'priceTable',
        caption: '退费审批权限（单个号码单次累计金额）',
        rows: [
          { item: '一线坐席 / 营业员', price: '无直接权限', note: '提交退费工单' },
          { item: '班长', price: '50元（含）以内' },
          { item: '主管（值班经理）', price: '50元以上至500元（含）' },
          { item: '区域客服中心经理', price: '500元以上', note: '须附计费中心核查结论' },
        ],
      },
      {
        type: 'paragraph',
        text: '同一号码同一事由30天内多次退费合并计算，严禁拆单规避权限。补偿性赠送话费参照同一额度执行。',
      },
      {
        type: 'agentOnly',
        text: '所有退费须在工单中注明依据（SP无订购凭证、计费差错、服务故障补偿等），稽核组每月抽查；拆单或无依据退费的，按违规操作处理。',
      },
    ],
    category: '账单缴费',
    tags: ['退费', '审批权限', '内部规定'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
  },
  // ───────────────────────────── 宽带固话 ─────────────────────────────
  {
    externalId: 'demo-0022',
    kind: 'faq',
    title: '宽带安装要交哪些费用？',
    summary:
      '全国参考标准：安装调测费100元，办理12个月及以上合约可减免；光猫免费租用，入户线缆100米以内免费。',
    body: [
      {
        type: 'priceTable',
        caption: '宽带新装费用（全国参考标准，以各省公示为准）',
        rows: [
          { item: '安装调测费', price: '100元/次', note: '办理12个月及以上合约可减免' },
          { item: '光猫（含千兆光猫）', price: '免费租用', note: '拆机时需退还' },
          { item: '天翼高清机顶盒', price: '免费租用', note: '选装' },
          { item: '入户线缆', price: '100米以内免费', note: '超出部分按实际用料收取' },
        ],
      },
      { type: 'paragraph', text: '费用计入首月账单，实际收费以受理时系统报价为准。' },
      {
        type: 'callout',
        tone: 'warning',
        text: '装维人员上门不得额外收取现金。如遇加收费用，请拨打投诉电话{{complaintLine}}反映。',
      },
    ],
    category: '宽带装维',
    tags: ['宽带', '安装费', '光猫'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0025'],
  },
  {
    externalId: 'demo-0023',
    kind: 'faq',
    title: '广东宽带安装费用是多少？',
    summary:
      '广东省内新装宽带安装调测费120元，融合套餐或24个月合约免收，单宽带12个月合约减半收取60元。',
    body: [
      {
        type: 'priceTable',
        caption: '广东省宽带新装费用标准',
        rows: [
          { item: '安装调测费', price: '120元/次', note: '融合套餐或宽带合约满24个月免收' },
          { item: '安装调测费（单宽带12个月合约）', price: '60元/次', note: '减半收取' },
          { item: '千兆光猫、机顶盒', price: '免费租用', note: '不收设备押金' },
          { item: '入户线缆', price: '80米以内免费', note: '超出部分每米2元' },
        ],
      },
      {
        type: 'paragraph',
        text: '别墅、自建房需先上门勘测，勘测免费。费用统一计入首月账单，装维人员上门不收取现金。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '可在{{appName}}“广东宽带专区”查看收费明细，或拨打{{hotline}}咨询。',
      },
    ],
    category: '宽带装维',
    tags: ['广东', '宽带', '安装费'],
    channels: PUBLIC,
    owner: '440000',
    state: 'published',
    overrides: 'demo-0022',
  },
  {
    externalId: 'demo-0024',
    kind: 'faq',
    title: '广州宽带安装费用及限时优惠',
    summary:
      '广州地区执行广东省标准（安装调测费120元），另在活动期内单宽带签12个月合约也免收安装调测费。',
    body: [
      {
        type: 'priceTable',
        caption: '广州市宽带新装费用',
        rows: [
          { item: '安装调测费', price: '120元/次', note: '融合套餐或24个月合约免收' },
          {
            item: '安装调测费（单宽带12个月合约）',
            price: '0元',
            note: '广州限时优惠，活动期内免收',
          },
          { item: '入户线缆', price: '80米以内免费', note: '超出部分每米2元' },
        ],
      },
      {
        type: 'paragraph',
        text: '越秀、荔湾等老城区楼龄较长的住宅，如需新穿入户管线，装维人员将先免费勘测并告知方案，客户确认后再施工。',
      },
      {
        type: 'paragraph',
        text: '可在{{appName}}或到广州各营业厅（营业时间{{storeHours}}）办理。',
      },
      {
        type: 'agentOnly',
        text: '受理时系统按装机地址自动匹配装维片区（中心：越秀、荔湾、海珠；东部：天河、黄埔；北部：白云、花都；南部：番禺、南沙；外围：从化、增城）。地址识别失败的，手工选片区并在备注写明参照地标；坐席不得手工改派，确需改派由广州装维调度操作。',
      },
    ],
    category: '宽带装维',
    tags: ['广州', '宽带', '安装费', '优惠'],
    channels: PUBLIC,
    owner: '440100',
    state: 'in_review',
    overrides: 'demo-0023',
  },
  {
    externalId: 'demo-0025',
    kind: 'article',
    title: '宽带新装流程及装机时限',
    summary:
      '新装宽带先查地址资源再选套餐，装维人员24小时内预约上门；资源具备的地址一般3个工作日内完成装机。',
    body: [
      {
        type: 'steps',
        title: '办理流程',
        steps: [
          '在网上营业厅{{website}}、{{appName}}“宽带新装”、{{hotline}}或营业厅输入装机地址，查询光纤资源；',
          '选择单宽带或融合套餐，提交机主身份证信息；',
          '系统生成装机工单，装维人员24小时内电话预约上门时间；',
          '上门完成入户布线、光猫安装调试，并现场测速验收。',
        ],
      },
      { type: 'heading', text: '装机时限' },
      {
        type: 'paragraph',
        text: '资源具备的地址一般在受理后3个工作日内完成装机；需新建光缆或需物业协调的，可能延长至7至15个工作日，以预约时告知为准。地址暂无资源的，可先登记，资源开通后短信通知。',
      },
    ],
    category: '宽带装维',
    tags: ['宽带新装', '装机时限', '流程'],
    channels: HALL,
    owner: '100000',
    state: 'published',
    related: ['demo-0022', 'demo-0007'],
  },
  {
    externalId: 'demo-0026',
    kind: 'article',
    title: '广东宽带新装装机时限承诺',
    summary:
      '广东城镇地区具备资源的地址48小时内装机，农村72小时内；装维人员受理后4小时内电话预约。',
    body: [
      {
        type: 'paragraph',
        text: '广东省内城镇地区具备光纤资源的地址，自受理成功起48小时内完成装机（客户另约时间的除外）；农村地区72小时内完成。装维人员在受理后4小时内电话联系客户预约上门。除春节假期外，节假日同样执行。',
      },
      {
        type: 'paragraph',
        text: '可在{{appName}}“装机进度”查看工单状态以及装维人员姓名、工号。因客户原因（联系不上、更改地址、物业不允许施工）导致延误的，时限相应顺延。',
      },
      {
        type: 'agentOnly',
        text: '超时补偿权限：超时1至3天，坐席可直接赠送话费20元；超时4至7天，赠送话费50元或免收安装调测费，需班组长审批；超时7天以上或客户提出更高诉求的，转广东省投诉处理中心，坐席不得自行承诺。在CRM“补偿赠送”模块录入并备注工单号和超时天数，同一工单只补偿一次。',
      },
    ],
    category: '宽带装维',
    tags: ['广东', '装机时限', '超时补偿'],
    channels: HALL,
    owner: '440000',
    state: 'published',
    overrides: 'demo-0025',
  },
  {
    externalId: 'demo-0027',
    kind: 'faq',
    title: '宽带上不了网怎么报修？',
    summary:
      '先自查光猫指示灯并重启设备，仍无法上网可通过热线、App或营业厅报修；城区一般24小时内修复，农村48小时内。',
    body: [
      {
        type: 'steps',
        title: '报修前自查',
        steps: [
          '查看光猫PON灯、LOS灯状态（LOS灯亮红灯属线路故障，可直接报修）；',
          '先关光猫和路由器电源，30秒后先开光猫、再开路由器，3分钟后再试；',
          '确认宽带未欠费停机。',
        ],
      },
      {
        type: 'steps',
        title: '报修渠道',
        steps: [
          '拨打{{hotline}}，按语音提示选择宽带报障；',
          '在{{appName}}“故障报修”提交；',
          '到附近营业厅报修。',
        ],
      },
      {
        type: 'paragraph',
        text: '报修时请提供宽带账号或装机地址、联系电话、故障现象及指示灯情况。维修人员一般在2小时内电话联系，城区24小时内修复、农村48小时内修复。',
      },
    ],
    category: '故障报修',
    tags: ['宽带', '报修', '报障'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0028', 'demo-0032'],
  },
  {
    externalId: 'demo-0028',
    kind: 'faq',
    title: '光猫LOS灯亮红灯是怎么回事？',
    summary:
      'LOS灯亮红灯表示光猫收不到光信号，多为光纤线路故障；可检查接头和皮线后重启，仍为红灯请报修。',
    body: [
      {
        type: 'paragraph',
        text: '光猫LOS灯正常为熄灭状态。常亮红灯或红灯闪烁，表示收不到光信号，宽带、天翼高清和固话可能同时中断。',
      },
      {
        type: 'steps',
        title: '可先自查',
        steps: [
          '检查光猫背面的光纤接头是否松动，拔下后重新插紧；',
          '检查入户光纤（皮线）是否被门缝夹住、过度弯折或踩断；',
          '断电重启光猫，等待约3分钟观察指示灯。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '请勿直视光纤端口，激光可能伤害眼睛；无需自行购买更换光猫。',
      },
      {
        type: 'paragraph',
        text: '如LOS灯仍为红色，多为外线光缆或分光器故障，请拨打{{hotline}}或在{{appName}}报修。',
      },
    ],
    category: '故障报修',
    tags: ['光猫', 'LOS灯', '红灯', '宽带故障'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0029',
    kind: 'faq',
    title: '成都宽带报障多久能修好？',
    summary:
      '成都中心城区接单后1小时内联系、4小时内上门、12小时内修复；郊区县城24小时内，乡镇农村36小时内。',
    body: [
      {
        type: 'priceTable',
        caption: '成都市宽带报障修复时限',
        rows: [
          {
            item: '中心城区（锦江、青羊、金牛、武侯、成华、高新区、天府新区）',
            price: '12小时内修复',
            note: '1小时内电话联系，4小时内上门',
          },
          { item: '郊区（市）县城区', price: '24小时内修复' },
          { item: '乡镇及农村', price: '36小时内修复' },
        ],
      },
      {
        type: 'paragraph',
        text: '夜间22:00后受理的报障从次日8:00起计时（客户要求夜间上门且具备条件的除外）。可拨打{{hotline}}、在{{appName}}“故障报修”或到就近营业厅报障，并在App查看维修进度。',
      },
      {
        type: 'agentOnly',
        text: '超时升级：超时前2小时系统预警；第二次催单或已超时的，联系成都装维调度中心（内线转8号席位）明确上门时间后回复客户；超时12小时以上或客户情绪激动的，升级至成都分公司客服部值班经理。禁止向客户透露装维人员个人手机号。',
      },
    ],
    category: '故障报修',
    tags: ['成都', '报障', '修复时限'],
    channels: PUBLIC,
    owner: '510100',
    state: 'published',
    overrides: 'demo-0027',
  },
  {
    externalId: 'demo-0030',
    kind: 'script',
    title: '宽带故障预处理话术',
    summary:
      '受理宽带报障时先按指示灯状态做预处理，减少无效派单；预处理无效或客户不便配合的直接派单。',
    body: [
      {
        type: 'steps',
        title: '预处理流程',
        steps: [
          '核实机主身份和装机地址后询问：“请您看一下光猫上的指示灯，PON灯和LOS灯分别是什么状态？”',
          'LOS灯亮红灯：判定为线路故障，跳过重启步骤，直接派单；',
          'PON灯闪烁或熄灭：引导客户拔插光纤接头后重启光猫；',
          '指示灯正常但无法上网：“请先关掉光猫和路由器电源，等30秒后先开光猫，再开路由器。”3分钟后复测；',
          '仅WiFi慢：引导网线直连电脑测速，区分终端问题。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '严禁以客户未重启为由拒绝受理报障。派单时在备注中记录已做步骤，并将工单号告知客户。',
      },
    ],
    category: '故障报修',
    tags: ['宽带故障', '预处理', '话术'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0027', 'demo-0028'],
  },
  {
    externalId: 'demo-0031',
    kind: 'script',
    title: '江苏宽带拆机挽留话术',
    summary: '江苏客户要求宽带拆机时先问原因、按原因推荐移机或免费检测，客户坚持的不得拖延受理。',
    body: [
      {
        type: 'paragraph',
        text: '开场：“请问您这次想拆机，主要是因为搬家、网速，还是资费方面的原因呢？”',
      },
      {
        type: 'steps',
        title: '按原因处理',
        steps: [
          '搬家：“其实不用拆机，同城可以直接移机，江苏省内每个合约年可免费移机一次。”',
          '网速或WiFi问题：提供免费上门检测、更换千兆光猫；',
          '资费原因：在系统“挽留活动”模块查询可办理的保有方案；',
          '客户坚持拆机：告知须机主本人持身份证到营业厅办理，并退还光猫、机顶盒。',
        ],
      },
      {
        type: 'agentOnly',
        text: '江苏存量保有方案（以系统为准）：降档至同速率低一档套餐，或赠送1至3个月宽带月租，二选一；不得口头承诺系统未上线的方案。客户明确拒绝后不得再次挽留，更不得以任何理由拖延或拒绝受理拆机。',
      },
    ],
    category: '宽带固话',
    tags: ['江苏', '拆机', '挽留', '话术'],
    channels: AGENT,
    owner: '320000',
    state: 'published',
  },
  {
    externalId: 'demo-0032',
    kind: 'faq',
    title: '搬家了宽带可以移机吗？',
    summary:
      '同城且新地址有光纤资源的可移机，一般收移机调测费50元/次，部分合约套餐每个合约年免费1次；跨地市需拆机后新装。',
    body: [
      {
        type: 'priceTable',
        rows: [
          { item: '同城移机调测费', price: '50元/次', note: '部分合约套餐每个合约年可免费移机1次' },
          { item: '跨地市迁移', price: '不支持移机', note: '需原地拆机后到新地址新装' },
        ],
      },
      {
        type: 'paragraph',
        text: '办理条件：宽带正常在用、无欠费，新地址已有光纤资源覆盖。可通过{{appName}}“宽带移机”、{{hotline}}或营业厅办理，需提供机主身份证及新地址详细门牌号。原光猫可自行带到新地址继续使用。',
      },
    ],
    category: '宽带固话',
    tags: ['移机', '搬家', '宽带'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0033',
    kind: 'faq',
    title: '四川宽带移机怎么收费？',
    summary:
      '四川省内同一地市移机收取移机调测费60元/次，融合套餐每个合约年免费1次；跨地市迁移可免原合约违约金。',
    body: [
      {
        type: 'priceTable',
        caption: '四川宽带移机收费',
        rows: [
          { item: '同一地市移机', price: '60元/次', note: '融合套餐合约期内每个合约年免费1次' },
          {
            item: '跨地市迁移（如成都移至绵阳）',
            price: '需拆机后新装',
            note: '在新地市办理同档及以上套餐的，免收原合约违约金',
          },
        ],
      },
      {
        type: 'paragraph',
        text: '可在{{appName}}四川专区“移机预约”提交，或拨打{{hotline}}办理。城区3个工作日内、县乡5个工作日内完成移机；移机期间宽带暂停使用，当月月租不予减免。',
      },
    ],
    category: '宽带固话',
    tags: ['四川', '移机', '收费'],
    channels: PUBLIC,
    owner: '510000',
    state: 'in_review',
    overrides: 'demo-0032',
  },
  {
    externalId: 'demo-0034',
    kind: 'faq',
    title: '北京固话来电显示怎么开通、怎么收费？',
    summary: '北京固话来电显示功能费5元/月，融合套餐免收，65周岁及以上老人登记后免收。',
    body: [
      {
        type: 'priceTable',
        rows: [
          { item: '来电显示功能费', price: '5元/月', note: '开通当月按天折算' },
          { item: '北京融合套餐固话', price: '免收' },
          { item: '65周岁及以上老年用户', price: '免收', note: '持身份证到营业厅登记' },
        ],
      },
      {
        type: 'paragraph',
        text: '可拨打{{hotline}}、在{{appName}}北京专区或到营业厅开通和取消，开通后即时生效。话机需支持FSK或DTMF制式。',
      },
    ],
    category: '宽带固话',
    tags: ['北京', '固话', '来电显示'],
    channels: PUBLIC,
    owner: '110000',
    state: 'draft',
  },
  // ───────────────────────────── 网络信号 ─────────────────────────────
  {
    externalId: 'demo-0035',
    kind: 'faq',
    title: '手机怎么开启5G？',
    summary:
      '使用5G需手机支持5G、号码已开通5G网络功能、所在位置有5G覆盖，再在手机设置中打开5G开关。',
    body: [
      {
        type: 'steps',
        title: '开启方法',
        steps: [
          '安卓手机：进入“设置—移动网络—SIM卡设置”，打开“启用5G”；',
          'iPhone：进入“设置—蜂窝网络—蜂窝数据选项—语音与数据”，选择“5G自动”或“5G开启”；',
          '开启后状态栏显示“5G”。',
        ],
      },
      {
        type: 'paragraph',
        text: '部分4G老套餐需先免费开通5G网络功能，可在{{appName}}办理或拨打{{hotline}}。覆盖情况可在App“网络覆盖查询”中输入地址查看。室内深处、电梯、地下车库信号较弱时会自动切换到4G。',
      },
    ],
    category: '网络信号',
    tags: ['5G', '开启', '设置'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0036',
    kind: 'faq',
    title: 'VoLTE高清通话怎么开通？',
    summary:
      'VoLTE免费开通，新入网号码默认开通；老用户可发短信“KTVOLTE”到10001或在App开通，再打开手机开关。',
    body: [
      {
        type: 'paragraph',
        text: 'VoLTE高清通话让通话期间保持在4G/5G网络，接通更快、音质更清晰，还能边打电话边上网。功能不收费，通话费按原套餐计算。',
      },
      {
        type: 'steps',
        title: '开通步骤',
        steps: [
          '发送短信“KTVOLTE”到10001，或在{{appName}}“业务办理”中开通；',
          '安卓手机在“设置—移动网络”中打开“VoLTE高清通话”；',
          'iPhone在“蜂窝数据选项—语音与数据”中打开“VoLTE”；',
          '重启手机后生效。',
        ],
      },
    ],
    category: '网络信号',
    tags: ['VoLTE', '高清通话', '开通'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0037'],
  },
  {
    externalId: 'demo-0037',
    kind: 'faq',
    title: '打电话时信号从4G变成2G/3G怎么办？',
    summary:
      '通话回落到2G/3G多因VoLTE未开通、手机或SIM卡不支持或信号弱，可打开VoLTE开关、换USIM卡或提交信号投诉。',
    body: [
      {
        type: 'steps',
        title: '常见原因',
        steps: [
          '号码未开通VoLTE，或手机VoLTE开关未打开；',
          '手机不支持本网VoLTE或系统版本过旧；',
          'SIM卡为老式非USIM卡；',
          '所在位置4G/5G信号弱。',
        ],
      },
      {
        type: 'paragraph',
        text: '请先打开VoLTE开关并重启手机；老卡可持身份证到营业厅免费换USIM卡；固定地点频繁回落的，可拨打{{hotline}}提交信号质量投诉。',
      },
    ],
    category: '网络信号',
    tags: ['回落', 'VoLTE', '2G', '信号'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0036'],
  },
  {
    externalId: 'demo-0038',
    kind: 'notice',
    title: '【维护公告】核心网设备夜间割接维护',
    summary:
      '全国核心网设备将于本周六凌晨0:00至6:00割接维护，期间部分地区可能出现短时通话、上网中断。',
    body: [
      {
        type: 'paragraph',
        text: '为提升网络容量，核心网设备计划于本周六凌晨0:00至6:00进行割接维护。维护期间，部分地区手机用户可能出现不超过15分钟的通话、短信、上网中断，宽带、固话不受影响。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '维护窗口内受理的相关故障来电，按本公告口径解释，工单关联本公告编号，不单独派发故障单。',
      },
      {
        type: 'agentOnly',
        text: '统一口径：“本次为计划内维护，已提前发布公告，预计6:00前恢复。”计划检修不属于故障补偿范围，不得承诺补偿；6:00后仍未恢复的，按重大故障流程上报值班长。',
      },
    ],
    category: '网络信号',
    tags: ['维护', '割接', '服务公告'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    effectiveFromDays: -2,
    expiresAtDays: 4,
    related: ['demo-0075'],
  },
  {
    externalId: 'demo-0039',
    kind: 'notice',
    title: '【施工公告】深圳南山区、光明区新增5G基站施工',
    summary:
      '深圳南山区科技园、光明区部分工业园区新增5G基站施工，施工期间每晚22:00后可能出现短时信号波动。',
    body: [
      {
        type: 'paragraph',
        text: '为提升覆盖，深圳市分公司将在南山区科技园片区、光明区部分城中村和工业园区新增5G基站。施工期间每晚22:00至次日6:00可能出现短时信号波动或切换至4G。',
      },
      {
        type: 'agentOnly',
        text: '答复口径：施工为计划内网络优化，不属于故障，无需派单；客户反映施工结束后仍长期搜不到5G的，按《5G信号投诉升级网优处理流程》填写网络质量投诉单，备注“深圳南山/光明扩容片区”。',
      },
    ],
    category: '网络信号',
    tags: ['深圳', '5G', '施工', '服务公告'],
    channels: AGENT,
    owner: '440300',
    state: 'published',
    effectiveFromDays: -1,
    expiresAtDays: 13,
  },
  {
    externalId: 'demo-0040',
    kind: 'article',
    title: '5G信号投诉升级网优处理流程',
    summary:
      '5G信号投诉先排除终端和业务原因，再确认覆盖；已覆盖但信号差的填写网络质量投诉单转网优中心48小时内联系。',
    body: [
      {
        type: 'steps',
        title: '处理流程',
        steps: [
          '确认终端支持SA、已打开5G开关、号码已开通5G网络功能；',
          '在覆盖查询系统输入客户地址，未覆盖区域如实告知，不得承诺建站时间；',
          '已覆盖但信号差的，填写网络质量投诉单：详细地址（精确到楼栋、楼层）、室内或室外、问题时段、终端型号、截图或测速结果；',
          '工单转派网络优化中心，网优48小时内联系客户，必要时上门测试；',
          '同一地址30天内多次投诉或涉及小区群体投诉的，升级为重大投诉。',
        ],
      },
    ],
    category: '网络信号',
    tags: ['5G', '信号投诉', '网优', '流程'],
    channels: AGENT,
    owner: '100000',
    state: 'in_review',
  },
  {
    externalId: 'demo-0041',
    kind: 'faq',
    title: '南京家里手机信号差怎么投诉？',
    summary:
      '南京用户可通过热线或App提交信号投诉，网优人员2个工作日内联系，必要时上门测试；也可申请免费检测基站电磁辐射。',
    body: [
      {
        type: 'paragraph',
        text: '在家中、单位等固定地点信号差、通话断续或上网慢的，可拨打{{hotline}}或在{{appName}}“网络投诉”中填写详细地址（区、街道、小区、楼栋及楼层）、问题时段和手机型号。',
      },
      {
        type: 'paragraph',
        text: '受理后南京网络优化人员2个工作日内联系，必要时预约上门测试。确需新建基站或室内分布系统的，需物业或业主配合提供站址，建设周期一般1至3个月。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '担心基站电磁辐射的，可申请第三方检测机构免费上门测量；南京在用基站均符合国家GB 8702电磁环境控制限值。',
      },
    ],
    category: '网络信号',
    tags: ['南京', '信号差', '投诉', '基站'],
    channels: PUBLIC,
    owner: '320100',
    state: 'published',
  },
  // ───────────────────────────── 国际漫游 ─────────────────────────────
  {
    externalId: 'demo-0042',
    kind: 'faq',
    title: '出国前怎么开通国际漫游？',
    summary:
      '出境前需开通国际及港澳台漫游功能；在网满3个月、无欠费的后付费用户可直接开通，其余用户需预存押金或到厅办理。',
    body: [
      {
        type: 'steps',
        title: '开通步骤',
        steps: [
          '在{{appName}}或网上营业厅{{website}}“国际漫游”栏目申请开通，或拨打{{hotline}}；',
          '在网满3个月且无欠费的后付费用户即时开通；预付费或在网不足3个月的用户需预存500元押金或到营业厅办理；',
          '建议同时订购目的地漫游流量日包；',
          '到达境外后在手机设置中打开“数据漫游”开关。',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '漫游功能本身免费，费用按实际使用收取。建议出行前1天办理，避免临行前无法开通。',
      },
    ],
    category: '国际漫游',
    tags: ['国际漫游', '出国', '开通'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0043'],
  },
  {
    externalId: 'demo-0043',
    kind: 'article',
    title: '国际及港澳台漫游流量日包资费',
    summary:
      '漫游流量日包按目的地分区定价，港澳台及一区25元/天、二区35元/天、三区60元/天，当天未使用不收费。',
    body: [
      {
        type: 'priceTable',
        caption: '漫游流量日包（按北京时间自然日计费）',
        rows: [
          { item: '港澳台日包', price: '25元/天', note: '含1GB高速流量' },
          { item: '一区（日韩、东南亚等）', price: '25元/天', note: '含1GB高速流量' },
          { item: '二区（欧美、澳新等）', price: '35元/天', note: '含1GB高速流量' },
          { item: '三区（其他国家和地区）', price: '60元/天', note: '含500MB高速流量' },
          { item: '港澳台3天包 / 7天包', price: '60元 / 120元' },
        ],
      },
      {
        type: 'paragraph',
        text: '高速流量用完后降速至128kbps，当天不再另收费。日包在境外首次产生流量时开始计费，当天未使用不收费。可在出境前通过{{appName}}订购。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '未订购日包的，境外上网按标准资费计费，费用较高，请出行前确认已订购。',
      },
    ],
    category: '国际漫游',
    tags: ['漫游', '日包', '资费'],
    channels: HALL,
    owner: '100000',
    state: 'published',
    related: ['demo-0042'],
  },
  {
    externalId: 'demo-0044',
    kind: 'faq',
    title: '深圳用户去香港澳门，漫游流量有优惠吗？',
    summary:
      '深圳号码可订购港澳流量日包15元/天（含2GB）或30天包99元（含10GB），须已开通国际及港澳台漫游。',
    body: [
      {
        type: 'priceTable',
        caption: '深圳专属港澳漫游优惠（仅限深圳归属号码）',
        rows: [
          { item: '港澳流量日包', price: '15元/天', note: '含2GB高速流量，当天未使用不收费' },
          { item: '港澳30天包', price: '99元', note: '含10GB流量，适合跨境通勤' },
          {
            item: '其他国家和地区',
            price: '按全国标准日包',
            note: '一区25元/天、二区35元/天、三区60元/天',
          },
        ],
      },
      {
        type: 'paragraph',
        text: '可在{{appName}}“港澳专区”、深圳网上营业厅或罗湖、福田口岸附近营业厅订购。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '在深圳湾、罗湖口岸附近，手机可能接入香港基站。未出境时建议关闭“数据漫游”开关。',
      },
      {
        type: 'agentOnly',
        text: '口岸误漫游：客户未出境但在口岸附近接入香港基站产生漫游费的，经基站话单核实属边境误漫游，可全额退还当日漫游费；未订日包按标准资费扣费的，首次投诉可按15元/天退差额，50元以内班长审批，超过50元报主管；同一号码12个月内限一次。',
      },
    ],
    category: '国际漫游',
    tags: ['深圳', '港澳', '漫游', '日包'],
    channels: PUBLIC,
    owner: '440300',
    state: 'published',
    overrides: 'demo-0043',
    related: ['demo-0042'],
  },
  {
    externalId: 'demo-0045',
    kind: 'notice',
    title: '【资费公告】国际漫游一区流量日包资费下调',
    summary:
      '国际漫游一区（日韩、东南亚等）流量日包由30元/天下调至25元/天，已订购用户自动按新价计费。',
    body: [
      {
        type: 'paragraph',
        text: '自本公告生效之日起，一区（日韩、东南亚等）漫游流量日包由30元/天下调至25元/天，高速流量仍为1GB/天；港澳台、二区、三区资费不变。已订购用户无需操作，自动按新价格计费。',
      },
      {
        type: 'agentOnly',
        text: '生效前已扣取的30元/天日包费用不予退差；客户质疑的，解释以扣费日资费为准。本公告过期后以《国际及港澳台漫游流量日包资费》为准。',
      },
    ],
    category: '国际漫游',
    tags: ['漫游', '资费调整', '服务公告'],
    channels: AGENT,
    owner: '100000',
    state: 'expired',
    effectiveFromDays: -150,
    expiresAtDays: -60,
    related: ['demo-0043'],
  },
  // ───────────────────────────── 号卡服务 ─────────────────────────────
  {
    externalId: 'demo-0046',
    kind: 'faq',
    title: '携号转网需要满足哪些条件？',
    summary:
      '号码须本人实名、状态正常、无欠费、入网或上次携入满120天，且无未到期在网协议；只能在归属地本地网内携转。',
    body: [
      {
        type: 'steps',
        title: '携出条件',
        steps: [
          '号码已实名登记且登记人为申请人本人；',
          '号码状态正常，未停机、挂失或司法冻结；',
          '无欠费（含当月未出账费用）；',
          '入网或上次携入满120天；',
          '无未到期的合约机、靓号、融合宽带等在网协议，有协议的需先协商解除。',
        ],
      },
      {
        type: 'paragraph',
        text: '携号转网不能变更号码归属地。办理前可发送“CXXZ#姓名#证件号码”至10001查询资格，对结果有异议的可拨打{{hotline}}。',
      },
      {
        type: 'agentOnly',
        text: '携转支撑系统返回码：C01证件信息不一致；C02存在欠费；C03在网不足120天；C04存在在网协议（说明协议名称及解约方式，不得以此拒绝解约）；C05号码状态异常；C06授权码失效；C07携入方实名未通过；C99系统超时，记录流水号转携转支撑组。对外只解释原因和办法，不报内部代码。',
      },
    ],
    category: '携号转网',
    tags: ['携号转网', '转网', '条件'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0047'],
  },
  {
    externalId: 'demo-0047',
    kind: 'faq',
    title: '携号转网授权码怎么获取？',
    summary: '用待携出号码发送“SQXZ#姓名#证件号码”到携出方客服短号获取授权码，授权码60分钟内有效。',
    body: [
      {
        type: 'steps',
        title: '获取步骤',
        steps: [
          '用待携出的号码编辑短信“SQXZ#姓名#证件号码”（#为半角字符）；',
          '发送至携出方客服短号（电信10001、移动10086、联通10010）；',
          '收到授权码后，在60分钟内到携入方营业厅办理；超时作废可重新申请。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '授权码仅限本人使用，请勿告诉他人。工作人员不会电话索要授权码。',
      },
      { type: 'paragraph', text: '建议到达携入方营业厅后再发送短信，避免排队期间过期。' },
    ],
    category: '携号转网',
    tags: ['携号转网', '授权码', 'SQXZ'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0046'],
  },
  {
    externalId: 'demo-0048',
    kind: 'faq',
    title: '北京携号转网的条件和受理时间',
    summary:
      '北京号码携转条件与全国一致；授权码短信全天可发，携入在北京自有营业厅每日9:00至19:00受理。',
    body: [
      {
        type: 'paragraph',
        text: '携出条件：本人实名、状态正常、无欠费、入网或上次携入满120天、无未到期在网协议。北京号码只能在北京本地网内携转，外地营业厅不受理北京号码携入。',
      },
      {
        type: 'priceTable',
        caption: '北京携转受理时间',
        rows: [
          {
            item: '资格查询（CXXZ）、授权码申请（SQXZ）短信',
            price: '全天可发送',
            note: '22:00至次日8:00的申请于8:00后统一回复',
          },
          {
            item: '携入受理（自有营业厅）',
            price: '每日9:00-19:00',
            note: '西单、王府井、中关村旗舰厅节假日照常受理',
          },
          { item: '18:30以后受理的携入订单', price: '次日9:00生效' },
        ],
      },
      { type: 'paragraph', text: '办理请携带机主身份证原件，咨询请拨打{{hotline}}。' },
    ],
    category: '携号转网',
    tags: ['北京', '携号转网', '受理时间'],
    channels: PUBLIC,
    owner: '110000',
    state: 'published',
    overrides: 'demo-0046',
  },
  {
    externalId: 'demo-0049',
    kind: 'script',
    title: '携号转网咨询规范话术',
    summary:
      '客户咨询或要求携出时，如实解释条件和办法，可介绍一次保有方案，客户拒绝后不得再挽留或拖延。',
    body: [
      {
        type: 'paragraph',
        text: '参考话术：“携号转网是您的权利，我先帮您查一下号码是否满足条件。”查询后：“目前您的号码还有一项未满足：××，处理完成后即可申请授权码。”',
      },
      {
        type: 'steps',
        title: '规范动作',
        steps: [
          '首问坐席在通话中查询携转资格，能当场解释的当场解释；',
          '可介绍一次系统内的保有方案，客户明确拒绝后不得再推荐；',
          '告知授权码获取方法和60分钟有效期；',
          '客户反映“被告知不能携转”“被要求先办其他业务”的，立即升级处理。',
        ],
      },
      {
        type: 'agentOnly',
        text: '红线：不得以任何理由拖延或拒绝提供授权码，不得以套餐优惠、赠送话费反复挽留，不得以合约未到期为由拒绝解约（合约按协议计算违约金）。客户提到已向12300申诉的，工单标注“申诉风险”，按越级投诉2小时内升级省公司。',
      },
    ],
    category: '携号转网',
    tags: ['携号转网', '话术', '挽留红线'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0046', 'demo-0074'],
  },
  {
    externalId: 'demo-0050',
    kind: 'script',
    title: '深圳港澳误漫游扣费投诉话术',
    summary:
      '深圳客户投诉在口岸附近未出境却被扣漫游费时，先核实基站话单，属边境误漫游的全额退还当日漫游费。',
    body: [
      {
        type: 'paragraph',
        text: '开场：“您反映的情况我们很重视，口岸附近确实可能出现手机误接入香港基站的情况，我马上帮您核实。”',
      },
      {
        type: 'steps',
        title: '处理步骤',
        steps: [
          '核实客户是否订购深圳港澳日包、扣费当天是否有香港或澳门基站话单；',
          '客户确认未出境且话单显示在口岸附近接入的，按边境误漫游提交退费；',
          '告知：“已为您提交退费，预计15个工作日内退回账户。”',
          '建议客户开通“漫游流量提醒”，未出境时关闭“数据漫游”。',
        ],
      },
      {
        type: 'agentOnly',
        text: '差额退还（未订日包）50元以内班长审批，超过50元报主管；同一号码12个月内限一次。客户实际已出境的，不得按误漫游处理，可介绍港澳日包避免再次高额扣费。',
      },
    ],
    category: '国际漫游',
    tags: ['深圳', '误漫游', '投诉', '话术'],
    channels: AGENT,
    owner: '440300',
    state: 'published',
    related: ['demo-0044'],
  },
  {
    externalId: 'demo-0051',
    kind: 'faq',
    title: '补换SIM卡需要带什么、收多少钱？',
    summary:
      '机主本人带有效身份证件原件到自有营业厅即可补卡，新卡即时生效；丢失补卡工本费各省一般不超过20元，升级5G卡免费。',
    body: [
      {
        type: 'paragraph',
        text: 'SIM卡丢失、损坏或需要升级5G卡时，机主本人携带有效身份证件原件到自有营业厅，经人像比对后即可补办。营业厅营业时间{{storeHours}}。补卡后号码、套餐、余额均不变，原卡同时失效。',
      },
      {
        type: 'priceTable',
        rows: [
          { item: '丢失补卡', price: '不超过20元/张', note: '按各省标准收取' },
          { item: '卡片质量问题换卡、升级5G卡', price: '免费' },
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '手机已丢失的，建议先拨打{{hotline}}办理挂失再补卡。他人代办需提供机主和代办人双方证件原件，部分地区不受理代办。',
      },
    ],
    category: '补换卡',
    tags: ['补卡', '换卡', 'SIM卡'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0054'],
  },
  {
    externalId: 'demo-0052',
    kind: 'faq',
    title: '广东补换SIM卡收费及自助补卡',
    summary: '广东丢失补卡工本费10元，损坏换卡和升级5G卡免费；支持省内通补，主要营业厅可自助补卡。',
    body: [
      {
        type: 'priceTable',
        caption: '广东补换卡收费标准',
        rows: [
          { item: '丢失补卡', price: '10元/张' },
          { item: '卡片损坏换卡、老卡升级5G卡', price: '免费' },
        ],
      },
      {
        type: 'paragraph',
        text: '广东号码支持“省内通补”，如广州号码可在深圳、佛山等地任一自有营业厅补卡。全省主要营业厅布放了自助补换卡终端：刷二代身份证、人脸识别后选择“补换卡”，约5分钟出卡。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '自助终端仅支持本人名下个人号码；政企号码、靓号及近7天内修改过服务密码的号码需到柜台办理。',
      },
      {
        type: 'agentOnly',
        text: '风险核验：比对分值低于系统阈值的不得人工放行；近7天内有改密、挂失、过户记录的补卡须值班店长二次审核；近30天补卡超过2次的暂停补卡并上报广东公司安全管理中心；发现冒名补卡嫌疑立即停止办理并报警。',
      },
    ],
    category: '补换卡',
    tags: ['广东', '补卡', '自助终端'],
    channels: PUBLIC,
    owner: '440000',
    state: 'published',
    overrides: 'demo-0051',
  },
  {
    externalId: 'demo-0053',
    kind: 'faq',
    title: '深圳哪里可以自助补换SIM卡？',
    summary:
      '深圳福田、南山、罗湖、宝安、龙岗等营业厅设有自助补换卡终端，深南中路和科技园终端24小时开放，丢失补卡10元。',
    body: [
      {
        type: 'paragraph',
        text: '自助补换卡终端位置：福田区深南中路、南山区科技园、罗湖区东门、宝安区新安、龙岗区中心城等营业厅，其中深南中路和科技园营业厅的终端24小时开放，其余随营业厅营业时间（{{storeHours}}）开放。',
      },
      {
        type: 'steps',
        title: '操作流程',
        steps: [
          '在终端首页选择“补换卡”；',
          '放置二代身份证读卡并完成人脸识别；',
          '输入需补卡的号码，系统校验人、证、号一致后确认；',
          '支付工本费（丢失补卡10元，换5G卡免费），终端自动写卡出卡；',
          '新卡插入手机约10分钟生效，原卡自动失效。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '广东省内其他地市号码也可在深圳终端补卡；外省号码请到柜台咨询。',
      },
    ],
    category: '补换卡',
    tags: ['深圳', '自助补卡', '终端'],
    channels: PUBLIC,
    owner: '440300',
    state: 'published',
    overrides: 'demo-0052',
  },
  {
    externalId: 'demo-0054',
    kind: 'faq',
    title: 'SIM卡被锁，提示输入PUK码怎么办？',
    summary:
      'PIN码连续输错3次会锁卡，需输入8位PUK码解锁；PUK码可通过热线或App查询，连续输错10次卡将永久锁死。',
    body: [
      {
        type: 'steps',
        title: '解锁步骤',
        steps: [
          '查询PUK码：拨打{{hotline}}经身份验证后获取，或在{{appName}}“服务—SIM卡PUK码查询”查看，或查看原卡托背面；',
          '在手机上输入8位PUK码；',
          '按提示设置新的PIN码（4至8位数字）。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'PUK码连续输错10次，SIM卡将永久锁死，只能到营业厅补换卡。',
      },
      {
        type: 'paragraph',
        text: '初始PIN码一般为1234。不需要开机密码的，可在手机“设置—安全—SIM卡锁”中关闭PIN码。',
      },
    ],
    category: '号卡服务',
    tags: ['PUK码', 'PIN码', '锁卡'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0055',
    kind: 'faq',
    title: '停机保号怎么办理，每月多少钱？',
    summary:
      '停机保号期间暂停通话、短信和上网，号码保留，原套餐月费停收，改收保号费（一般5元/月，以各省标准为准）。',
    body: [
      {
        type: 'priceTable',
        rows: [
          { item: '保号费', price: '5元/月', note: '全国参考标准，以各省资费为准' },
          { item: '保号期限', price: '1至12个月', note: '到期自动复机并恢复原套餐计费' },
        ],
      },
      {
        type: 'paragraph',
        text: '办理条件：号码无欠费、不在合约期内、已完成实名登记。可在{{appName}}、拨打{{hotline}}或到营业厅办理，也可提前申请复机。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '保号期间无法接收验证码短信，请提前处理好银行、支付等重要账号的绑定。欠费停机不属于停机保号。',
      },
    ],
    category: '号卡服务',
    tags: ['停机保号', '保号', '资费'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0056',
    kind: 'faq',
    title: '江苏停机保号资费标准',
    summary: '江苏停机保号3元/月，办理当月按天折算；可选3、6、12个月，每个自然年累计不超过12个月。',
    body: [
      {
        type: 'priceTable',
        caption: '江苏停机保号',
        rows: [
          { item: '保号费', price: '3元/月', note: '办理当月按天折算' },
          { item: '保号期限', price: '3个月、6个月或12个月', note: '每个自然年累计不超过12个月' },
          { item: '提前复机', price: '免费', note: '即时生效' },
        ],
      },
      {
        type: 'paragraph',
        text: '可通过{{appName}}“号码服务—停机保号”、{{hotline}}或江苏省内任一营业厅办理。保号费从账户余额扣除，余额不足将产生欠费，欠费超过3个月进入预销户流程。',
      },
    ],
    category: '号卡服务',
    tags: ['江苏', '停机保号', '资费'],
    channels: PUBLIC,
    owner: '320000',
    state: 'published',
    overrides: 'demo-0055',
  },
  {
    externalId: 'demo-0057',
    kind: 'faq',
    title: '手机号码怎么销户？',
    summary:
      '结清费用、无未到期合约并解除融合和副卡关系后，机主本人持证件到任一自有营业厅办理，非合约个人号码也可在App申请。',
    body: [
      {
        type: 'steps',
        title: '销户前准备',
        steps: [
          '结清全部费用（含当月实时话费）；',
          '确认无未到期合约，已解除与宽带、固话的融合关系；',
          '名下副卡先拆除或一并注销；',
          '解绑该号码关联的银行卡、支付和社交账号。',
        ],
      },
      {
        type: 'paragraph',
        text: '机主本人携带有效身份证件原件到任一自有营业厅即可办理，已支持全国异地销户；非合约个人号码还可在{{appName}}“我的—号码服务—注销号码”中经人脸识别线上申请。账户现金余额可退回，赠送类话费不予退还。',
      },
      {
        type: 'agentOnly',
        text: '销户号码进入90天冷冻期，期满回收至号码资源池。客户要求恢复的：冷冻期内引导原机主持证到营业厅申请恢复；已重新启用的明确告知无法恢复，不得透露新使用人任何信息；坐席不得在电话中为客户预留或锁定号码。',
      },
    ],
    category: '业务办理',
    tags: ['销户', '注销', '拆机'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0058',
    kind: 'faq',
    title: '号码过户需要什么手续？',
    summary:
      '原机主和新机主须本人同时到自有营业厅，携带身份证件原件现场核验并签署过户协议；过户不收手续费。',
    body: [
      {
        type: 'paragraph',
        text: '过户前号码须结清全部费用、状态正常，且无未到期的合约或终端补贴协议。双方到场完成人像比对、签署过户协议后即可办理，新机主可重新选择套餐。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '过户涉及号码使用权变更，不能由一方代办，也不能通过网上营业厅或{{hotline}}办理。',
      },
      {
        type: 'paragraph',
        text: '单位号码过户需提供营业执照复印件、加盖公章的介绍信及经办人证件；原机主已身故的，继承人凭死亡证明和亲属关系证明办理。可先在{{appName}}预约营业厅，减少等候。',
      },
    ],
    category: '业务办理',
    tags: ['过户', '变更机主', '实名'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0059',
    kind: 'faq',
    title: '智能手表eSIM一号双终端怎么开通？',
    summary:
      '支持eSIM的智能手表可与手机共用一个号码，在手表配套App扫码并完成人脸核验即可开通，功能费一般10元/月。',
    body: [
      {
        type: 'steps',
        title: '开通步骤',
        steps: [
          '确认主号已实名、状态正常，手表在支持机型清单内并已与手机配对；',
          '在手表配套App中选择“开通蜂窝网络”；',
          '扫码跳转后完成人脸核验；',
          '开通后手表可独立接打电话、使用流量。',
        ],
      },
      {
        type: 'priceTable',
        rows: [{ item: '一号双终端功能费', price: '10元/月', note: '手表用量计入主号套餐' }],
      },
      {
        type: 'paragraph',
        text: '每个主号限绑定1块eSIM手表，更换手表需先解绑再重新开通。也可到营业厅由营业员协助开通。',
      },
    ],
    category: '号卡服务',
    tags: ['eSIM', '一号双终端', '智能手表'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0060',
    kind: 'faq',
    title: '广东智能手表eSIM一号双终端资费',
    summary:
      '广东21个地市均可办理，功能费10元/月，新开通首3个月免收；更换手表后在广东省内重新开通不另收费。',
    body: [
      {
        type: 'priceTable',
        caption: '广东一号双终端',
        rows: [
          { item: '功能费', price: '10元/月', note: '新开通用户首3个月免收' },
          { item: '重新开通（更换手表、恢复出厂设置）', price: '免费' },
        ],
      },
      {
        type: 'paragraph',
        text: '在手表配套App中选择“开通蜂窝网络”，扫码后完成人脸核验，最快10分钟开通；也可到广东省内自有营业厅办理。主号为副卡的暂不支持。解绑可在{{appName}}“一号双终端”页面操作，解绑当月功能费照常收取。',
      },
    ],
    category: '号卡服务',
    tags: ['广东', 'eSIM', '一号双终端'],
    channels: PUBLIC,
    owner: '440000',
    state: 'in_review',
    overrides: 'demo-0059',
  },
  {
    externalId: 'demo-0061',
    kind: 'faq',
    title: '手机可以办理eSIM吗？',
    summary:
      '已获准开通eSIM手机业务的机型可办理eSIM手机号，须机主本人在营业厅或App完成实名核验，机型以App公示为准。',
    body: [
      {
        type: 'paragraph',
        text: 'eSIM是内置在终端中的电子SIM卡，无需插入实体卡。支持的手机机型以{{appName}}“eSIM专区”公示列表为准，列表随新机发布更新。',
      },
      {
        type: 'steps',
        title: '办理方式',
        steps: [
          '在{{appName}}“eSIM专区”确认机型支持；',
          '机主本人在App完成人脸核验，或持身份证到营业厅办理；',
          '按提示扫码下载eSIM配置文件，约5分钟生效；',
          '原实体卡同时失效。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '更换手机前须先在App中办理eSIM转移，直接恢复出厂设置会删除eSIM配置，需到营业厅重新开通。',
      },
    ],
    category: '号卡服务',
    tags: ['eSIM', '电子SIM卡', '手机'],
    channels: PUBLIC,
    owner: '100000',
    state: 'in_review',
    related: ['demo-0059'],
  },
  // ───────────────────────────── 实名安全 ─────────────────────────────
  {
    externalId: 'demo-0062',
    kind: 'faq',
    title: '办理手机号码需要哪些证件？',
    summary:
      '入网、过户、补卡均须登记真实身份并人证比对；同一证件在本公司全国办理的手机号码一般不超过5个。',
    body: [
      {
        type: 'paragraph',
        text: '可使用的有效证件：居民身份证、临时居民身份证、户口簿（限16周岁以下）、军人身份证件、港澳居民来往内地通行证、台湾居民来往大陆通行证、港澳台居民居住证、外国人护照和外国人永久居留身份证。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '证件复印件、照片或电子截图均不能作为办理依据；境外人员号码使用期限不超过证件有效期。',
      },
    ],
    category: '实名安全',
    tags: ['实名制', '证件', '入网'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0063',
    kind: 'faq',
    title: '收到二次实名核验短信怎么办？',
    summary:
      '收到核验短信后请在48小时内通过App完成人脸核验，或持身份证原件到营业厅核验，逾期可能被限制呼出。',
    body: [
      {
        type: 'paragraph',
        text: '二次实名核验是对已入网号码重新确认“人、证、号”一致。号码长期未用后突然大量外呼、被举报或系统识别存在风险时可能触发。',
      },
      {
        type: 'steps',
        title: '核验方式',
        steps: [
          '在{{appName}}“实名核验”入口上传身份证件并完成人脸识别；',
          '或携带身份证原件到营业厅现场核验；',
          '身处境外的可在线完成，未通过的回国后到营业厅办理。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '官方核验短信来自{{hotline}}，不会要求点击陌生链接或回复验证码，请注意辨别。',
      },
    ],
    category: '实名安全',
    tags: ['二次实名', '核验', '防诈'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0064',
    kind: 'article',
    title: '涉诈停机号码咨询处置内部规范',
    summary:
      '坐席接到涉诈停机咨询时只告知依法管控的事实并引导机主本人到厅核验，不得透露风控模型、通报来源或承诺复机时限。',
    body: [
      {
        type: 'steps',
        title: '处置要求',
        steps: [
          '只告知“号码存在涉诈风险，已依据《反电信网络诈骗法》采取管控措施”；',
          '统一引导机主本人持身份证原件到营业厅核验，签署《防范电信网络诈骗承诺书》；',
          '不得承诺复机时限或保证复机成功；',
          '通话结束在工单中勾选“涉诈咨询”标签。',
        ],
      },
      {
        type: 'agentOnly',
        text: '严禁透露触发的风险模型、通话或短信行为指标、公安通报来源及预警名单，不得告知同证件下其他号码的管控情况。来电自称公安、银行人员要求查询的一律不提供，请其按司法协查流程办理。用户情绪激烈的，升级至反诈专席，2小时内回访。',
      },
    ],
    category: '实名安全',
    tags: ['涉诈', '风控', '内部规范'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0065'],
  },
  {
    externalId: 'demo-0065',
    kind: 'faq',
    title: '四川涉诈停机号码怎么复机？',
    summary:
      '四川涉诈停机号码须机主本人持身份证原件到营业厅现场核验复机，不受理线上、电话申请和代办；复机后有30天观察期。',
    body: [
      {
        type: 'paragraph',
        text: '办理时携带本人有效身份证件原件，完成人像比对，如实说明号码使用情况，签署《防范电信网络诈骗承诺书》。原则上在四川省内自有营业厅办理；确因长期在外省无法返川的，可到就近本公司营业厅提交资料，由四川公司远程审核，时限3个工作日。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '复机后30天为重点观察期，期间再次出现异常的将重新停机且不再受理复机。出租、出借号码属于违法行为。',
      },
      {
        type: 'agentOnly',
        text: '门店操作：CRM“反诈管控—复机核验”调出管控记录，确认类型为“涉诈暂停”而非“公安通报关停”（后者不得复机，告知向公安机关申诉）；人像比对低于80分不得办理；系统审核不通过的不得人工强制复机；同一证件多个号码同时涉诈的上报市公司反诈专班。',
      },
    ],
    category: '实名安全',
    tags: ['四川', '涉诈', '复机'],
    channels: PUBLIC,
    owner: '510000',
    state: 'in_review',
    related: ['demo-0064'],
  },
  {
    externalId: 'demo-0066',
    kind: 'faq',
    title: '忘记服务密码怎么重置？',
    summary:
      '可在App或网上营业厅通过证件、验证码和人脸识别自助重置，也可拨打热线核验身份后重置或到营业厅办理。',
    body: [
      {
        type: 'steps',
        title: '重置方式',
        steps: [
          '在{{appName}}或网上营业厅{{website}}登录页点击“忘记密码”，输入机主姓名和证件号码，完成验证码及人脸识别后设置新密码；',
          '拨打{{hotline}}转人工，核验身份后随机密码以短信发送至本机；',
          '机主本人持身份证原件到营业厅重置。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '新密码不能使用连续数字、重复数字或证件号码中的连续6位；连续输错5次将锁定24小时。',
      },
      {
        type: 'agentOnly',
        text: '电话重置核验：非本机来电一律不受理；客户完整报出姓名和证件号，坐席只核对不提示；再核对入网年月、近3个月常用联系号码3个、最近一次缴费金额、当前套餐名称中至少2项；随机密码只以短信下发，严禁口头告知。挂失或涉诈管控、近7天补卡或过户、靓号及政企号码不得电话重置。',
      },
    ],
    category: '实名安全',
    tags: ['服务密码', '重置', '身份核验'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  // ───────────────────────────── 会员服务 ─────────────────────────────
  {
    externalId: 'demo-0067',
    kind: 'faq',
    title: '积分怎么获得、怎么兑换？',
    summary:
      '每消费1元累计1积分，五星及以上客户1.5倍；积分可在App积分商城兑换话费、流量和礼品，次年12月31日清零。',
    body: [
      {
        type: 'paragraph',
        text: '手机、宽带、固话等业务按月实际消费计算积分，每消费1元累计1积分；五星及以上星级客户按1.5倍累计。充值款、购机款、代收费、违约金不计积分，积分于次月5日前到账。',
      },
      {
        type: 'steps',
        title: '兑换方式',
        steps: [
          '登录{{appName}}，进入“我的—积分商城”；',
          '选择话费、流量包、视频会员或实物礼品兑换；',
          '话费、流量一般24小时内到账，实物礼品7个工作日内发货。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '当年产生的积分于次年12月31日清零。编辑短信“JF”发送到10001可查询可用积分。欠费或停机状态的号码暂不能兑换。',
      },
    ],
    category: '积分',
    tags: ['积分', '兑换', '积分商城'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0068',
    kind: 'faq',
    title: '南京积分可以在本地商户使用吗？',
    summary:
      '南京用户可在App积分商城“本地生活”兑换南京合作商户电子券，每100积分抵1元，单笔最多抵订单金额的50%。',
    body: [
      {
        type: 'paragraph',
        text: '合作商户包括新街口、河西、江宁百家湖等商圈的部分餐饮、影院和书店，以及南京地铁乘车优惠券。在{{appName}}“积分商城—本地生活”中选择“南京”，兑换电子券后到店出示券码核销。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '本地电子券有效期30天，过期未使用的积分不予退回。',
      },
      {
        type: 'paragraph',
        text: '持南京号码到南京市内自有营业厅（营业时间{{storeHours}}），可用500积分兑换一次免费手机贴膜。',
      },
    ],
    category: '积分',
    tags: ['南京', '积分', '本地生活'],
    channels: PUBLIC,
    owner: '320100',
    state: 'draft',
  },
  {
    externalId: 'demo-0069',
    kind: 'faq',
    title: '四川积分可以直接抵话费吗？',
    summary: '四川用户每100积分可抵扣1元话费，单次最低500积分，每月最多抵扣5000积分（50元）。',
    body: [
      {
        type: 'priceTable',
        caption: '四川积分抵话费规则',
        rows: [
          { item: '抵扣比例', price: '100积分＝1元' },
          { item: '单次最低', price: '500积分（抵5元）' },
          { item: '每月上限', price: '5000积分（抵50元）' },
        ],
      },
      {
        type: 'paragraph',
        text: '在四川网上营业厅{{website}}或{{appName}}“积分商城—积分抵话费”中选择金额并输入验证码，抵扣金额实时存入账户，优先冲抵下期账单。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '积分抵扣的话费不可退费、不可开发票，不能用于支付违约金和SP代收费；欠费状态下需先缴清欠费。',
      },
    ],
    category: '积分',
    tags: ['四川', '积分', '抵话费'],
    channels: PUBLIC,
    owner: '510000',
    state: 'published',
  },
  {
    externalId: 'demo-0070',
    kind: 'article',
    title: '星级服务等级及权益说明',
    summary:
      '星级服务按在网时长、月均消费和缴费信用评定为一星至七星，不同星级享有优先接入、绿色通道、免费补卡等权益。',
    body: [
      {
        type: 'paragraph',
        text: '星级每年1月评定一次；新入网客户入网满3个月后首次评定，年内消费提升的可在{{appName}}申请“星级升级”重新评定。',
      },
      {
        type: 'priceTable',
        caption: '主要星级权益',
        rows: [
          { item: '三星及以上', price: '热线优先接入人工' },
          { item: '四星及以上', price: '营业厅优先办理、免费补换卡' },
          { item: '五星及以上', price: '信用额度内欠费不停机、积分1.5倍累计' },
          { item: '六星、七星', price: '专属客户经理' },
        ],
      },
      {
        type: 'paragraph',
        text: '星级服务体现“标准＋等级＋特色”的服务体系：所有客户享受标准服务，星级客户在此基础上享受等级服务。',
      },
    ],
    category: '星级服务',
    tags: ['星级', 'VIP', '权益'],
    channels: HALL,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0071',
    kind: 'article',
    title: '北京星级客户专属权益',
    summary:
      '北京五星及以上客户每年可免费使用机场贵宾休息室和高铁贵宾候车服务，四星及以上可走营业厅星级窗口。',
    body: [
      {
        type: 'priceTable',
        caption: '北京本地星级权益（按自然年计算）',
        rows: [
          {
            item: '首都机场、大兴机场贵宾休息室',
            price: '五星4次/年；六星、七星8次/年',
            note: '每次可携1名同行人',
          },
          { item: '北京南站、北京西站高铁贵宾候车', price: '五星及以上2次/年' },
          { item: '营业厅星级窗口', price: '四星及以上', note: '北京自有营业厅' },
        ],
      },
      {
        type: 'paragraph',
        text: '使用前须至少提前24小时在{{appName}}“星级服务—北京专享”中预约，凭预约短信和身份证入场。当年未用完的次数不累计至次年。',
      },
    ],
    category: '星级服务',
    tags: ['北京', '星级', '贵宾厅'],
    channels: HALL,
    owner: '110000',
    state: 'approved',
  },
  // ───────────────────────────── 投诉建议 ─────────────────────────────
  {
    externalId: 'demo-0072',
    kind: 'faq',
    title: '投诉后多久会有处理结果？',
    summary: '投诉受理后24小时内专人联系，一般投诉5个工作日内办结，复杂投诉最长不超过15日。',
    body: [
      {
        type: 'paragraph',
        text: '可拨打投诉电话{{complaintLine}}，或在{{appName}}“客服—我要投诉”提交文字说明和截图，也可到任一营业厅填写投诉登记表。受理后会以短信告知工单号。',
      },
      {
        type: 'priceTable',
        caption: '投诉处理时限',
        rows: [
          { item: '首次响应', price: '受理后24小时内' },
          { item: '一般投诉办结', price: '5个工作日内' },
          {
            item: '复杂投诉（网络建设、跨省核查、第三方业务）',
            price: '最长15日',
            note: '需延期的提前告知原因',
          },
          { item: '办结回访', price: '办结后48小时内' },
        ],
      },
    ],
    category: '投诉建议',
    tags: ['投诉', '处理时限'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0078'],
  },
  {
    externalId: 'demo-0073',
    kind: 'faq',
    title: '江苏投诉多久处理？',
    summary: '江苏投诉受理后12小时内首次联系，一般投诉3个工作日内办结；超时未办结的赠送5元话费。',
    body: [
      {
        type: 'priceTable',
        caption: '江苏投诉处理时限',
        rows: [
          {
            item: '首次联系',
            price: '受理后12小时内',
            note: '南京、苏州、无锡22:00后受理的，次日10:00前联系',
          },
          { item: '一般投诉办结', price: '3个工作日内' },
          { item: '影响基本通信的投诉', price: '24小时内给出解决方案' },
          { item: '超时补偿', price: '5元话费', note: '每张工单限一次，次月到账' },
        ],
      },
      {
        type: 'paragraph',
        text: '投诉电话：{{complaintLine}}。投诉回访由江苏省客服中心统一外呼，请留意接听。',
      },
    ],
    category: '投诉建议',
    tags: ['江苏', '投诉', '处理时限'],
    channels: PUBLIC,
    owner: '320000',
    state: 'published',
    overrides: 'demo-0072',
  },
  {
    externalId: 'demo-0074',
    kind: 'article',
    title: '投诉分级与越级投诉升级规则',
    summary:
      '投诉分一级、二级和越级；二级投诉4小时内升级地市投诉管理岗，越级投诉2小时内升级省公司投诉管理中心。',
    body: [
      { type: 'heading', text: '分级标准' },
      {
        type: 'steps',
        steps: [
          '一级投诉：首次投诉、诉求明确，由投诉专席处理，5个工作日内办结；',
          '二级投诉：30天内同一问题第二次及以上投诉、客户要求升级或涉及金额500元以上，4小时内升级至地市分公司投诉管理岗；',
          '越级投诉：客户已向12300、省通信管理局、12315、媒体或政务热线反映，2小时内升级至省公司投诉管理中心，工单选择“越级”标签并填写外部申诉编号。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '越级投诉由省公司督办，任何环节不得退单；坐席不得向客户承诺处理结果或补偿金额，只告知已受理及办理时限。',
      },
    ],
    category: '投诉建议',
    tags: ['投诉分级', '越级投诉', '升级'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0080'],
  },
  {
    externalId: 'demo-0075',
    kind: 'faq',
    title: '网络故障影响使用，有补偿吗？',
    summary:
      '宽带、固话故障城市超过24小时、农村超过48小时未修复的，每超1天减免当月月租的1/30；补偿自动计入次月账单。',
    body: [
      {
        type: 'paragraph',
        text: '宽带、固话故障自报修时起，城市地区超过24小时、农村地区超过48小时仍未修复的，按超时天数减免月租，每超1天减免当月月租的1/30，不足1天按1天计。移动网络区域性故障持续超过2小时的，向受影响用户赠送流量或话费，具体以故障公告为准。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '以下情况不予补偿：客户终端或室内线路问题、因客户原因无法上门、自然灾害等不可抗力、已提前公告的计划检修。',
      },
      {
        type: 'paragraph',
        text: '补偿在故障修复后的次月账单中自动体现，无需申请；有异议可拨打{{hotline}}。',
      },
    ],
    category: '故障补偿',
    tags: ['故障补偿', '宽带', '减免月租'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0076',
    kind: 'faq',
    title: '四川通信故障补偿标准',
    summary:
      '四川按区域执行24、48、72小时修复时限，超时每天减免月租1/30；宽带超时3天以上另赠10GB省内流量。',
    body: [
      {
        type: 'priceTable',
        caption: '四川宽带、固话修复时限',
        rows: [
          { item: '成都市区及各地级市城区', price: '24小时' },
          { item: '县城及乡镇', price: '48小时' },
          { item: '阿坝、甘孜、凉山高海拔及偏远地区', price: '72小时' },
          {
            item: '超时补偿',
            price: '每超1天减免当月月租1/30',
            note: '宽带超时3天以上另赠10GB四川省内通用流量',
          },
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '地震、泥石流等自然灾害造成的中断属不可抗力，不予补偿；受灾地区将开放免费应急通信服务，受灾期间欠费不停机。',
      },
      { type: 'paragraph', text: '补偿自动计入次月账单，可拨打{{hotline}}查询。' },
    ],
    category: '故障补偿',
    tags: ['四川', '故障补偿'],
    channels: PUBLIC,
    owner: '510000',
    state: 'published',
    overrides: 'demo-0075',
  },
  {
    externalId: 'demo-0077',
    kind: 'article',
    title: '广东故障补偿审批权限',
    summary:
      '广东坐席可直接赠送20元以内话费或5GB以内省内流量，超出按班长、值班经理、地市投诉管理岗逐级审批。',
    body: [
      {
        type: 'priceTable',
        caption: '广东故障补偿审批权限',
        rows: [
          { item: '一线坐席', price: '话费20元以内或省内流量5GB以内' },
          { item: '班长', price: '话费50元以内或流量10GB以内' },
          { item: '值班经理', price: '话费200元以内，或减免1个月宽带月租' },
          { item: '地市分公司投诉管理岗', price: '超过200元或多月减免', note: '1个工作日内答复' },
        ],
      },
      {
        type: 'agentOnly',
        text: '同一号码12个月内累计补偿不得超过300元，超出须省公司审批。补偿在客服系统“补偿申请”模块提交，关联故障公告编号或工单号，严禁口头承诺未经审批的补偿。广州、深圳重大故障补偿以省公司统一公告为准。',
      },
    ],
    category: '故障补偿',
    tags: ['广东', '补偿', '审批权限'],
    channels: AGENT,
    owner: '440000',
    state: 'in_review',
  },
  {
    externalId: 'demo-0078',
    kind: 'faq',
    title: '对处理结果不满意，可以向工信部申诉吗？',
    summary:
      '已向运营商投诉15日内未处理或对结果不满意的，可拨打12300或登录工信部电信用户申诉受理网站申诉。',
    body: [
      {
        type: 'paragraph',
        text: '请先通过投诉电话{{complaintLine}}、{{appName}}或营业厅向我们投诉。已投诉15日内未得到处理，或对处理结果不满意的，可向工业和信息化部电信用户申诉受理中心申诉：拨打12300，或登录其官方网站提交。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '申诉时需提供身份证明、涉及号码以及此前的投诉工单号。',
      },
    ],
    category: '投诉建议',
    tags: ['12300', '申诉', '工信部'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0072'],
  },
  {
    externalId: 'demo-0079',
    kind: 'faq',
    title: '账单里有不明的增值业务费，怎么查询、退订和退费？',
    summary:
      '发送“0000”到10001可查询并退订包月增值业务；对已扣费用有异议的可申请核查，无有效订购凭证的按规定退还。',
    body: [
      {
        type: 'steps',
        title: '处理步骤',
        steps: [
          '编辑短信“0000”发送到10001，查询已订购的包月增值业务，按提示回复序号退订，回复“TD全部”可全部退订；',
          '或在{{appName}}“已订业务”中查询订购记录并退订；',
          '对已扣费用有异议的，拨打{{hotline}}申请扣费核查；',
          '核查确认无有效二次确认记录的，一般可追溯退还近6个月扣费，15个工作日内以话费形式返还。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '在App内通过第三方支付购买的会员（如应用商店订阅）需到对应平台取消。可申请关闭增值业务订购功能，防止再次误订。',
      },
      {
        type: 'agentOnly',
        text: 'CRM“订购关系”中退订后新建“SP扣费争议”工单，填写SP企业代码、业务代码、扣费月份及金额，派至增值业务管理中心2个工作日内调取凭证；违规订购情节严重的按“退一赔一”处理。重复来电须关联原工单，不得重复新建。',
      },
    ],
    category: '增值业务',
    tags: ['增值业务', 'SP', '退订', '退费'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0020'],
  },
  {
    externalId: 'demo-0080',
    kind: 'script',
    title: '客户扬言12300申诉应对话术',
    summary:
      '客户表示要向工信部申诉时，不阻拦、不激化、不超权限承诺，记录诉求并按二级或越级投诉升级。',
    body: [
      {
        type: 'paragraph',
        text: '参考话术：“非常理解您的心情，给您带来不便很抱歉。您反映的问题我已经详细记录，现在就为您加急处理，24小时内会有专人联系您。向工信部申诉是您的权利，我们也会尽最大努力先把问题解决好。”',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '禁用语：“你去投诉也没用”“随便你去投”“工信部最后还是转给我们处理”。',
      },
      {
        type: 'agentOnly',
        text: '处理动作：工单勾选“申诉倾向”，按二级投诉4小时内升级地市投诉管理岗；客户表示已申诉并能提供编号的，按越级投诉2小时内升级省公司投诉管理中心。不得承诺补偿金额。',
      },
    ],
    category: '投诉建议',
    tags: ['12300', '申诉', '话术'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0074'],
  },
  // ───────────────────────────── 终端设备 ─────────────────────────────
  {
    externalId: 'demo-0081',
    kind: 'faq',
    title: '合约机坏了怎么保修？',
    summary:
      '合约机和裸机均按国家“三包”规定执行，7日内可退换修、15日内可换修，主机保修1年；送修期间合约照常计算。',
    body: [
      {
        type: 'priceTable',
        caption: '移动电话机“三包”期限',
        rows: [
          { item: '7日内出现性能故障', price: '退货、换货或修理' },
          { item: '15日内出现性能故障', price: '换货或修理' },
          { item: '主机 / 充电器', price: '保修1年' },
          { item: '电池', price: '保修6个月' },
          { item: '有线耳机', price: '保修3个月' },
        ],
      },
      {
        type: 'paragraph',
        text: '保修需凭购机发票和三包凭证，请前往品牌授权售后服务网点维修，营业厅可协助查询网点地址。人为损坏、进水、私自拆机不在保修范围内。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '合约机送修期间，合约约定的月最低消费和在网时长照常计算。',
      },
    ],
    category: '终端设备',
    tags: ['合约机', '保修', '三包'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0082',
    kind: 'faq',
    title: '广东可以用WiFi打电话吗（VoWiFi）？',
    summary:
      '广东号码可免费开通VoWiFi，在信号弱但有WiFi的地方通过WiFi打电话、收发短信，需先开通VoLTE且手机支持。',
    body: [
      {
        type: 'steps',
        title: '开通方式',
        steps: [
          '确认号码已开通VoLTE，手机支持本网VoWiFi；',
          '发送“KTVOWIFI”到10001，或在{{appName}}广东专区办理；',
          '在手机“设置—移动网络”中打开“WLAN通话”开关。',
        ],
      },
      {
        type: 'paragraph',
        text: '通话费用按套餐内国内语音计算，不额外收费，使用的WiFi流量不计入手机流量。出境后WiFi通话暂不可用。',
      },
    ],
    category: '网络信号',
    tags: ['广东', 'VoWiFi', 'WiFi通话'],
    channels: PUBLIC,
    owner: '440000',
    state: 'published',
  },
  // ───────────────────────────── 服务规范 ─────────────────────────────
  {
    externalId: 'demo-0083',
    kind: 'faq',
    title: '营业厅几点开门？',
    summary:
      '营业厅营业时间由当地分公司按客流设定，本地自有营业厅营业时间见正文；节假日以门店公告为准。',
    body: [
      {
        type: 'paragraph',
        text: '您所在地区自有营业厅的营业时间为{{storeHours}}，旗舰厅和商圈厅可能延长；社区代理门店以门店公示为准。法定节假日期间营业时间可能调整，以门店公告为准。',
      },
      {
        type: 'paragraph',
        text: '附近营业厅的地址、营业时间和实时排队人数可在{{appName}}“营业厅”频道开启定位后查看，也可拨打{{hotline}}咨询。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '过户、销户、实名补登等须本人到厅的业务耗时较长，建议在营业结束前1小时到店。',
      },
    ],
    category: '营业厅服务',
    tags: ['营业厅', '营业时间'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
    related: ['demo-0088'],
  },
  {
    externalId: 'demo-0084',
    kind: 'faq',
    title: '深圳营业厅营业时间',
    summary:
      '深圳福田、南山旗舰厅每日9:00-21:00，其他区自有营业厅每日9:00-18:30；台风红色或黑色预警期间暂停营业。',
    body: [
      {
        type: 'priceTable',
        caption: '深圳营业厅营业时间',
        rows: [
          { item: '福田区深南大道旗舰厅、南山区科技园营业厅', price: '每日9:00-21:00' },
          { item: '罗湖、宝安、龙岗、龙华等区自有营业厅', price: '每日9:00-18:30' },
          {
            item: '福田口岸、深圳湾口岸附近门店',
            price: '每日8:30-20:00',
            note: '提供港澳漫游和跨境号卡咨询',
          },
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '深圳发布台风红色或黑色预警期间，全市营业厅暂停营业，恢复时间通过App消息和短信通知。',
      },
      {
        type: 'paragraph',
        text: '节假日安排及实时排队情况可在{{appName}}“营业厅”频道选择“深圳”查询。',
      },
    ],
    category: '营业厅服务',
    tags: ['深圳', '营业厅', '营业时间'],
    channels: PUBLIC,
    owner: '440300',
    state: 'published',
    overrides: 'demo-0083',
  },
  {
    externalId: 'demo-0085',
    kind: 'faq',
    title: '北京营业厅营业时间及地址',
    summary:
      '北京王府井、西单旗舰厅每日9:00-21:00，中关村、望京营业厅9:00-19:00，其余城区营业厅9:00-18:00。',
    body: [
      {
        type: 'priceTable',
        caption: '北京自有营业厅营业时间',
        rows: [
          { item: '王府井旗舰厅、西单营业厅', price: '每日9:00-21:00' },
          { item: '中关村营业厅、望京营业厅', price: '每日9:00-19:00' },
          { item: '其余城区营业厅', price: '每日9:00-18:00' },
          { item: '郊区营业厅（周末）', price: '9:00-17:00' },
        ],
      },
      {
        type: 'paragraph',
        text: '外籍护照开户、港澳台居民居住证实名等业务可在上述四家厅办理。各门店地址和停车信息可在{{appName}}“营业厅”频道选择“北京”查看。',
      },
    ],
    category: '营业厅服务',
    tags: ['北京', '营业厅', '营业时间'],
    channels: PUBLIC,
    owner: '110000',
    state: 'draft',
    overrides: 'demo-0083',
  },
  {
    externalId: 'demo-0086',
    kind: 'faq',
    title: '客服热线几点有人工？按键菜单是什么？',
    summary: '客服热线7×24小时服务，拨打免费；按0转人工，工作日9:00-11:00、19:00-21:00为来电高峰。',
    body: [
      {
        type: 'paragraph',
        text: '客服热线{{hotline}}提供7×24小时服务，拨打免费，国内漫游期间同样免费。',
      },
      {
        type: 'steps',
        title: '主要语音菜单',
        steps: [
          '按1：话费查询与充值；',
          '按2：套餐及业务办理；',
          '按3：宽带及固话故障报修；',
          '按4：手机上网及流量服务；',
          '按5：积分与星级服务；',
          '按7：English Service；',
          '按0：转人工服务（任一级菜单按“*”返回上一级）。',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '简单查询建议优先使用语音自助或{{appName}}。听障、言语障碍客户可使用App视频手语客服。',
      },
    ],
    category: '热线服务',
    tags: ['客服热线', '人工服务', '按键菜单'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0087',
    kind: 'faq',
    title: '广东客服热线可以讲粤语吗？',
    summary: '广东用户拨打热线后在首层菜单按8切换粤语，按0转粤语人工座席，粤语人工每日8:00-22:00。',
    body: [
      {
        type: 'paragraph',
        text: '广东省内用户拨打{{hotline}}，在首层语音导航中按“8”即可切换为粤语菜单，后续自助查询和业务介绍均以粤语播报；按0转接粤语人工座席。',
      },
      {
        type: 'paragraph',
        text: '粤语人工服务时间为每日8:00-22:00，其余时段自动转普通话人工座席。在{{appName}}“我的—设置—客服语言”中选择“粤语”后，拨打热线将自动进入粤语菜单。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '潮汕话、客家话暂未开通人工专席，可先选择普通话座席，由座席协助记录诉求。',
      },
    ],
    category: '热线服务',
    tags: ['广东', '粤语', '客服热线'],
    channels: PUBLIC,
    owner: '440000',
    state: 'published',
    overrides: 'demo-0086',
  },
  {
    externalId: 'demo-0088',
    kind: 'faq',
    title: '怎么预约去营业厅办理业务？',
    summary:
      '在App选择门店预约办理，可约未来7天内时段，到店出示预约码优先叫号；超过预约时段30分钟未到自动失效。',
    body: [
      {
        type: 'steps',
        title: '预约步骤',
        steps: [
          '打开{{appName}}首页“营业厅”，选择门店后点击“预约办理”；',
          '选择业务类型（补换卡、过户、宽带装机、购机等）、到店日期和时段；',
          '提交后收到含预约码的短信；',
          '到店在取号机输入预约码或出示短信，优先叫号。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '同一号码同一天限预约1次。如需取消，请在预约时段开始前2小时在“我的—预约记录”中操作。',
      },
    ],
    category: '营业厅服务',
    tags: ['预约', '营业厅', '排队'],
    channels: PUBLIC,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0089',
    kind: 'faq',
    title: '广州营业厅预约规则',
    summary:
      '广州可预约30余家自有门店未来14天内的时段，迟到超过15分钟预约失效，一个月内爽约3次将30天内不能预约。',
    body: [
      {
        type: 'paragraph',
        text: '在{{appName}}选择“营业厅—广州”，可预约天河体育西路旗舰厅、越秀北京路营业厅、海珠江南西营业厅等30余家自有门店未来14天内的时段，每个时段30分钟。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '到店迟到超过15分钟预约即失效；一个自然月内爽约累计3次的，该号码30天内不能再预约。',
      },
      {
        type: 'paragraph',
        text: '办理携号转网、宽带装移机、企业开户的，可在预约时上传身份证照片预审。没有智能手机的老年客户可拨打{{hotline}}由客服代为预约。',
      },
      {
        type: 'agentOnly',
        text: '坐席代约：客服系统“渠道服务—营业厅预约”中输入号码、门店、业务和时段，须向客户复述门店地址和时段；仅限广州自有门店。客户因爽约被限制提出异议的，核实属系统故障、台风停业、门店临时闭店等非客户原因，在“预约黑名单”提交解除申请，广州渠道运营岗1个工作日内处理。',
      },
    ],
    category: '营业厅服务',
    tags: ['广州', '预约', '营业厅'],
    channels: PUBLIC,
    owner: '440100',
    state: 'published',
    overrides: 'demo-0088',
  },
  {
    externalId: 'demo-0090',
    kind: 'faq',
    title: '广州在哪里可以交话费？',
    summary: '广州用户可在线上渠道实时缴费，也可到自有营业厅、邮储和工行网点或便利店代收点缴费。',
    body: [
      {
        type: 'steps',
        title: '缴费渠道',
        steps: [
          '线上：网上营业厅{{website}}、{{appName}}、微信公众号、支付宝生活缴费，实时到账；',
          '自有营业厅：天河区体育西路、越秀区北京路、海珠区江南西等，营业时间{{storeHours}}，支持现金、银行卡和自助缴费机；',
          '代收点：广州地区邮政储蓄网点、工商银行柜台及便利店代收点，一般1小时内到账。',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '在营业厅缴费可当场索取缴费凭证；发票请在网上营业厅自行开具电子发票。',
      },
    ],
    category: '账单缴费',
    tags: ['广州', '缴费', '营业厅'],
    channels: PUBLIC,
    owner: '440100',
    state: 'published',
  },
  {
    externalId: 'demo-0091',
    kind: 'article',
    title: '知识纠错提交与进度查询',
    summary:
      '坐席发现知识内容错误、过期或口径冲突时须提交知识纠错，不得自行变更口径；普通纠错1个工作日、紧急纠错2小时内反馈。',
    body: [
      {
        type: 'steps',
        title: '提交方法',
        steps: [
          '在知识文档页面右上角点击“纠错”；',
          '选择错误类型：内容错误 / 已过期 / 口径不一致 / 其他；',
          '填写具体问题并上传截图，涉及客户争议的附工单号；',
          '影响资费解释或可能引发批量投诉的勾选“紧急”，并同时报告班长。',
        ],
      },
      {
        type: 'paragraph',
        text: '进度在“我的工作台—我的纠错”查看，状态分为待处理、处理中、已采纳、未采纳。纠错由知识所属单位的联系人处理，被采纳的纠错计入个人月度质量加分。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '知识未更新前，客户咨询按现行口径答复，不得自行变更口径；确实无法答复的，创建工单跟进。',
      },
    ],
    category: '知识管理',
    tags: ['知识纠错', '知识库', '反馈'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0092',
    kind: 'article',
    title: '新产品上市服务前置与知识加载要求',
    summary:
      '产品或销售品上市前须完成服务评估、知识库加载、客服培训和服务公告，未完成服务前置的不得上市。',
    body: [
      {
        type: 'paragraph',
        text: '服务前置是指对可能影响客户感知的市场运营和网络运营活动，在实施前从客户服务角度开展评估、优化方案，从源头减少客户问题。',
      },
      { type: 'heading', text: '评估范围' },
      {
        type: 'paragraph',
        text: '网络运营类：网络平台及IT支撑系统的割接、扩容、升级、调整；市场运营类：产品和销售品的上市及调整、业务规则和客户协议调整、促销及广告宣传脚本。',
      },
      {
        type: 'steps',
        title: '上市前必须完成',
        steps: [
          '发起部门提交产品说明、资费、业务规则和客户协议；',
          '客户服务部完成文档评估、一线服务人员感知测试和客户感知测试；',
          '企业管理部完成合规性评估；',
          '知识库加载FAQ、业务规则和话术，并发布服务公告；',
          '完成客服人员培训，制定服务应急预案。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '未开展服务前置或未按评估要求执行而上市的活动，相关投诉将加大事后追溯问责力度。',
      },
    ],
    category: '知识管理',
    tags: ['服务前置', '上市', '知识加载'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    related: ['demo-0011'],
  },
  {
    externalId: 'demo-0093',
    kind: 'article',
    title: '营业厅与客服热线服务标准',
    summary:
      '营业厅等候时限不超过15分钟、单项业务办理不超过10分钟；热线20秒人工接通率不低于70%，星级专席不低于85%。',
    body: [
      { type: 'heading', text: '营业厅' },
      {
        type: 'steps',
        steps: [
          '客户等候时限≤15分钟，星级客户专区等候时限≤5分钟；',
          '单项业务办理时限≤10分钟，提供免填单、一单清、一台清服务；',
          '主动引导，业务营销与咨询、查询、缴费、投诉建议、故障申告一站受理。',
        ],
      },
      { type: 'heading', text: '客服热线' },
      {
        type: 'steps',
        steps: [
          '7×24小时提供自助和人工服务；',
          '服务水平（20秒内人工接通率）≥70%；',
          '星级客户专席20秒内人工接通率≥85%，并提供回访服务。',
        ],
      },
      {
        type: 'agentOnly',
        text: '上述指标纳入月度服务达标考核，由各级客户服务部统计通报；营业厅等候超时、热线接通率连续两月不达标的，纳入区域负责人考核。',
      },
    ],
    category: '服务规范',
    tags: ['服务标准', '等候时限', '接通率'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0094',
    kind: 'script',
    title: '首问负责与工单创建规范话术',
    summary:
      '第一个接待客户的坐席为首问责任人，不得推诿；无法当场解决的须创建工单、告知工单号并跟踪至闭环。',
    body: [
      {
        type: 'paragraph',
        text: '参考话术：“这个问题我来帮您跟进，需要相关部门核实，我现在为您登记，工单号是××，预计××内给您回复。”禁用：“这不归我管”“请您拨打其他号码”。',
      },
      {
        type: 'steps',
        title: '工单创建要点',
        steps: [
          '选择正确工单类型：咨询、查询、故障、投诉、建议；',
          '完整填写联系号码、方便联系时段、问题描述和客户诉求；',
          '向客户告知工单号和处理时限（查询类24小时，投诉类24小时首次响应、5个工作日办结）；',
          '客户催单的，查看工单节点，已超时的点击“催办”；同一工单催办2次仍未处理的报班长。',
        ],
      },
    ],
    category: '服务规范',
    tags: ['首问负责制', '工单', '话术'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
  },
  {
    externalId: 'demo-0095',
    kind: 'script',
    title: '四川老年人专席服务话术',
    summary:
      '四川老年人专席服务60周岁及以上客户，可用四川话沟通，语速放慢、避免术语、不主动营销，注意防诈提醒。',
    body: [
      {
        type: 'paragraph',
        text: '开场：“您好，老年人专席，我是××号，您慢慢说，不着急。”客户使用四川话时以四川话回应。',
      },
      {
        type: 'steps',
        title: '服务要求',
        steps: [
          '语速控制在每分钟150字以内；',
          '避免“流量包叠加”“合约返费”等术语，改用通俗说法；',
          '不主动推荐新套餐或营销产品，客户主动咨询的除外；',
          '涉及业务办理的，结束前完整复述办理内容和资费。',
        ],
      },
      {
        type: 'agentOnly',
        text: '客户提到“保证金”“安全账户”“退款要验证码”等内容时，按防诈骗话术提醒并在工单中标记“疑似涉诈”。专席不考核平均处理时长，不得以通话时长为由催促挂机。专席服务时间每日8:00-22:00。',
      },
    ],
    category: '服务规范',
    tags: ['四川', '老年人', '专席', '话术'],
    channels: AGENT,
    owner: '510000',
    state: 'draft',
  },
  {
    externalId: 'demo-0096',
    kind: 'script',
    title: '北京携号转网投诉升级处理话术',
    summary:
      '北京用户投诉携出受阻、授权码无法获取或门店过度挽留时，首问坐席当场查明原因并按时限升级。',
    body: [
      {
        type: 'paragraph',
        text: '参考话术：“非常抱歉给您带来困扰，携号转网是您的权利，我现在就帮您查询具体原因。”',
      },
      {
        type: 'steps',
        title: '处理要求',
        steps: [
          '通过携转支撑系统查询失败原因，能解释的当场解释清楚；',
          '用户反映“被告知不能携转”“被要求先办其他业务”的，立即升级北京公司携转支撑组，4小时内回电；',
          '用户提到已向12300申诉或准备申诉的，工单标注“申诉风险”。',
        ],
      },
      {
        type: 'agentOnly',
        text: '“申诉风险”工单由北京公司客户服务部值班经理24小时内跟进。不得以套餐优惠、赠送话费为由反复挽留，不得拖延或拒绝提供授权码。',
      },
    ],
    category: '携号转网',
    tags: ['北京', '携号转网', '投诉升级'],
    channels: AGENT,
    owner: '110000',
    state: 'published',
  },
  {
    externalId: 'demo-0097',
    kind: 'faq',
    title: '江苏给未成年人办手机号有什么规定？',
    summary:
      '未满16周岁须监护人陪同办理并登记在监护人名下；16至18周岁可凭本人身份证办理1张，默认关闭漫游和付费短信。',
    body: [
      {
        type: 'paragraph',
        text: '未满16周岁的，须由监护人陪同到营业厅，提供监护人身份证原件以及未成年人户口簿或身份证原件，号码登记在监护人名下，同时登记实际使用人信息；16至18周岁可凭本人身份证办理，每人限办1张。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '江苏未成年人号码默认开通不良信息拦截和诈骗电话防护，默认关闭国际及港澳台漫游、付费短信和声讯服务，如需开通须由监护人到营业厅申请。',
      },
      {
        type: 'paragraph',
        text: '儿童手表卡可在{{appName}}“亲情号码”中设置白名单，仅允许与白名单号码通话。',
      },
    ],
    category: '实名安全',
    tags: ['江苏', '未成年人', '实名'],
    channels: PUBLIC,
    owner: '320000',
    state: 'draft',
  },
  {
    externalId: 'demo-0098',
    kind: 'faq',
    title: '南京手机丢了怎么挂失？',
    summary:
      '南京用户拨打热线说“挂失”即进入7×24小时挂失专席，核验身份后即时停机挂失；补卡工本费10元。',
    body: [
      {
        type: 'steps',
        title: '挂失与补卡',
        steps: [
          '拨打{{hotline}}，在语音菜单中说“挂失”进入南京挂失专席；',
          '核验机主姓名、证件号码和服务密码后即时停机挂失；',
          '持身份证到新街口、河西万达、江宁百家湖、仙林等营业厅补卡（营业时间{{storeHours}}），丢失补卡工本费10元。',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '挂失满90天既未补卡也未解挂的，号码转为停机保号状态，按3元/月收取保号费。',
      },
    ],
    category: '补换卡',
    tags: ['南京', '挂失', '补卡'],
    channels: PUBLIC,
    owner: '320100',
    state: 'published',
  },
  {
    externalId: 'demo-0099',
    kind: 'faq',
    title: '成都网上办的新号码能当天送到吗？',
    summary:
      '成都中心城区可选“同城当日达”：16:00前下单当日21:00前送达，配送员现场人证比对并协助激活，不收费。',
    body: [
      {
        type: 'paragraph',
        text: '收货地址位于锦江、青羊、金牛、武侯、成华、高新区、天府新区的，在{{appName}}办理新号码时可选择“同城当日达”：16:00前下单当日21:00前送达，16:00后下单次日上午送达。',
      },
      {
        type: 'paragraph',
        text: '配送员为成都分公司装维人员，上门时现场人证比对并协助插卡激活，客户无需再在App刷脸。双流、郫都、温江等区县按普通快递配送，1至2天送达。',
      },
      {
        type: 'callout',
        tone: 'tip',
        text: '如需同时办理宽带，可在下单时勾选，配送员当场预约装机时间。',
      },
    ],
    category: '号卡服务',
    tags: ['成都', '线上购卡', '配送'],
    channels: PUBLIC,
    owner: '510100',
    state: 'published',
  },
  {
    externalId: 'demo-0100',
    kind: 'faq',
    title: '广州靓号怎么收费？',
    summary:
      '广州靓号分四级，按级别收取预存款并约定最低消费和协议期，一级最低消费399元/月，四级59元/月。',
    body: [
      {
        type: 'priceTable',
        caption: '广州靓号级别',
        rows: [
          {
            item: '一级（AAAAA、ABCDE等）',
            price: '预存2000元，最低消费399元/月',
            note: '协议期36个月',
          },
          {
            item: '二级（AAAA、ABCD）',
            price: '预存1000元，最低消费199元/月',
            note: '协议期24个月',
          },
          {
            item: '三级（AAA、AABB、ABAB）',
            price: '预存300元，最低消费99元/月',
            note: '协议期24个月',
          },
          {
            item: '四级（含888、520等）',
            price: '无需预存，最低消费59元/月',
            note: '协议期12个月',
          },
        ],
      },
      {
        type: 'paragraph',
        text: '预存款在协议期内按月分摊返还。每个证件限办1个一、二级靓号。协议期满可到营业厅申请解除最低消费，号码继续保留。',
      },
      {
        type: 'agentOnly',
        text: '降档及解约权限：一线无审批权限，不得口头承诺；在网满12个月且近6个月无欠费的三、四级靓号，店长可审批下调一个级别（每个协议期一次）；一、二级靓号降档或提前解约提交广州号码资源管理中心，5个工作日内答复。',
      },
    ],
    category: '号卡服务',
    tags: ['广州', '靓号', '最低消费'],
    channels: PUBLIC,
    owner: '440100',
    state: 'published',
  },
  {
    externalId: 'demo-0101',
    kind: 'notice',
    title: '【营业公告】春节期间营业厅营业时间调整',
    summary: '春节除夕至初二各地营业厅缩短营业时间或轮休，初三起恢复正常营业时间。',
    body: [
      {
        type: 'paragraph',
        text: '春节期间（除夕至初二），各地自有营业厅缩短营业时间或轮休，旗舰厅10:00-16:00开放；初三起恢复正常营业时间（{{storeHours}}）。期间线上渠道和{{hotline}}正常服务。',
      },
      {
        type: 'agentOnly',
        text: '客户询问具体门店是否开放的，以各省分公司发布的门店轮休表为准，不得笼统答复“全部正常营业”。',
      },
    ],
    category: '营业厅服务',
    tags: ['春节', '营业时间', '服务公告'],
    channels: AGENT,
    owner: '100000',
    state: 'expired',
    effectiveFromDays: -75,
    expiresAtDays: -60,
  },
  {
    externalId: 'demo-0102',
    kind: 'notice',
    title: '【营业公告】广州国庆假期营业厅营业安排',
    summary:
      '国庆假期广州旗舰厅照常营业，社区营业厅10月1日至3日缩短为10:00-17:00，假期后恢复正常营业时间。',
    body: [
      {
        type: 'priceTable',
        caption: '广州国庆假期营业安排',
        rows: [
          { item: '天河体育西路旗舰厅、越秀北京路营业厅', price: '照常营业', note: '9:00-21:00' },
          { item: '其他自有营业厅', price: '10月1日至3日10:00-17:00', note: '4日起恢复正常' },
          { item: '合作代理门店', price: '以门店公示为准' },
        ],
      },
      {
        type: 'paragraph',
        text: '假期结束后恢复正常营业时间（{{storeHours}}）。假期预约可预约时段同步调整，已预约客户将收到短信提醒。',
      },
      {
        type: 'agentOnly',
        text: '假期内因门店调整导致客户爽约的，按非客户原因处理，可提交“预约黑名单”解除申请。',
      },
    ],
    category: '营业厅服务',
    tags: ['广州', '国庆', '营业时间', '服务公告'],
    channels: AGENT,
    owner: '440100',
    state: 'published',
    effectiveFromDays: -3,
    expiresAtDays: 8,
    related: ['demo-0089'],
  },
  {
    externalId: 'demo-0103',
    kind: 'notice',
    title: '【活动公告】广东千兆宽带提速季',
    summary: '广东存量宽带用户活动期内提速至千兆，首3个月免收提速差价，光猫免费上门更换。',
    body: [
      {
        type: 'paragraph',
        text: '活动期内，广东省内存量单宽带及融合套餐用户可申请提速至1000M，首3个月免收提速差价，第4个月起按新旧资费差额收取，合约期不变；需更换千兆光猫的免费上门更换。',
      },
      {
        type: 'steps',
        title: '办理渠道',
        steps: [
          '{{appName}}“广东宽带专区—提速”；',
          '拨打{{hotline}}；',
          '到广东省内自有营业厅办理。',
        ],
      },
      {
        type: 'agentOnly',
        text: '服务前置：活动知识与话术已加载，上线前坐席须完成在线学习。系统校验端口不支持千兆的，如实告知，不得承诺改造时间；活动与“5G畅享融合”迁移不可叠加。',
      },
    ],
    category: '宽带固话',
    tags: ['广东', '千兆', '提速', '服务公告'],
    channels: AGENT,
    owner: '440000',
    state: 'approved',
    effectiveFromDays: 3,
    expiresAtDays: 93,
    related: ['demo-0023'],
  },
  {
    externalId: 'demo-0104',
    kind: 'faq',
    title: '广州3G无线上网卡套餐还能办理吗？',
    summary: '广州3G无线上网卡套餐已停止受理，存量用户可免费更换USIM卡并迁移至4G/5G流量套餐。',
    body: [
      {
        type: 'paragraph',
        text: '3G无线上网卡套餐已停止新装和续约。存量用户可持身份证到营业厅免费更换USIM卡，并迁移至4G/5G流量套餐，迁移后原套餐剩余流量不保留。',
      },
    ],
    category: '套餐资费',
    tags: ['广州', '3G', '上网卡', '已下架'],
    channels: PUBLIC,
    owner: '440100',
    state: 'archived',
  },
  {
    externalId: 'demo-0105',
    kind: 'notice',
    title: '【培训通知】“5G畅享融合”新套餐上市坐席培训',
    summary: '“5G畅享融合”新套餐上市前，各级坐席与营业员须完成在线学习并确认已读。',
    body: [
      {
        type: 'paragraph',
        text: '为做好“5G畅享融合”新套餐上市服务前置工作，请各单位组织坐席、营业员在上市前完成新套餐资费、办理规则、迁移限制及常见问题的在线学习，并在知识库中确认已读。',
      },
      {
        type: 'steps',
        title: '学习内容',
        steps: [
          '新套餐资费与包含的流量、通话、宽带速率；',
          '存量用户迁移规则与合约期限制；',
          '上市初期常见咨询与投诉的解释口径。',
        ],
      },
    ],
    category: '融合套餐',
    tags: ['新套餐', '培训', '服务前置'],
    channels: AGENT,
    owner: '100000',
    state: 'published',
    effectiveFromDays: -3,
    expiresAtDays: 60,
  },
]

/**
 * Region variable values per org unit (code). A city inherits its province's and HQ's values unless
 * it sets its own (see `resolveRegionValues`).
 */
export const SEED_REGION_VALUES: Record<string, Partial<Record<RegionVariableName, string>>> = {
  '100000': {
    hotline: '10000',
    storeHours: '每日9:00-18:00',
    website: 'https://www.example-telecom.cn',
    appName: '营业厅App',
    complaintLine: '10000（按0转投诉专席）',
  },
  '440000': {
    storeHours: '每日9:00-20:00',
    website: 'https://gd.example-telecom.cn',
    complaintLine: '10000（按0后选择“投诉与建议”，每日7:00-24:00）',
  },
  '440100': {
    storeHours: '每日9:00-21:00（社区营业厅9:00-18:00）',
  },
  '440300': {
    storeHours: '每日9:00-18:30（福田、南山旗舰厅9:00-21:00）',
  },
  '510000': {
    hotline: '10000（四川话服务请按9）',
    website: 'https://sc.example-telecom.cn',
  },
  '510100': {
    storeHours: '工作日9:00-19:00，周末9:00-18:00',
  },
  '320000': {
    website: 'https://js.example-telecom.cn',
    complaintLine: '10000（按0转投诉专席，人工7:00-23:00）',
  },
  '320100': {
    storeHours: '每日9:00-20:00',
  },
  '110000': {
    storeHours: '每日9:00-18:00（王府井、西单旗舰厅9:00-21:00）',
    website: 'https://bj.example-telecom.cn',
  },
}
