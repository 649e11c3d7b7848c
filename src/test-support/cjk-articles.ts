import type { SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { buildArticle } from '../read/index.js';
import { READ_AT } from '../read/test-support/read-at.js';

/** A segmented article from a title (none when empty) and paragraphs, dated. */
function article(id: string, title: string, paragraphs: readonly string[], published: string): SegmentedArticle {
  return prepare(buildArticle({ id, title: title || undefined, published }, paragraphs, { input: 'test', format: 'text' }, READ_AT));
}

const FIRE = [
  '澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火，火势迅速蔓延至相邻的两栋建筑。',
  '消防部门共派出四十二辆消防车和两百余名消防员赶赴现场，经过六个小时的扑救，大火于上午九点被扑灭。',
  '据澜江市政府通报，附近约三百名居民被紧急疏散至东港区体育馆，目前无人员死亡，两名消防员轻度受伤。',
  '仓库所属的华远物流公司发言人表示，仓库内主要存放家具和纺织品，公司正在配合调查。',
  '起火原因仍在调查中。市应急管理局已要求全市仓储企业开展为期一周的消防安全检查。',
];

/**
 * Fictional Chinese news: a warehouse fire told by its first report, an
 * exact reprint, a lightly edited copy (three phrases changed, the last
 * paragraph dropped) and an independent report in other words; a metro line
 * opening and a school plan (the same city, other events).
 */
export const CHINESE = {
  fire: article('zh-fire-1', '澜江市东港区仓库发生大火 三百名居民紧急疏散', FIRE, '2026-03-10T10:00:00+08:00'),
  reprint: article('zh-fire-2', '澜江市东港区仓库发生大火 三百名居民紧急疏散', FIRE, '2026-03-10T12:00:00+08:00'),
  edited: article(
    'zh-fire-3',
    '澜江东港区仓库起火 数百居民疏散',
    FIRE.slice(0, 4).map((paragraph) => paragraph.replace('周二表示', '星期二称').replace('约三百名', '大约三百名').replace('轻度受伤', '受了轻伤')),
    '2026-03-10T13:00:00+08:00',
  ),
  report: article('zh-fire-4', '澜江仓库火灾：居民凌晨被爆炸声惊醒', [
    '澜江东港区一家物流仓库周二凌晨发生火灾，约三百名附近居民连夜撤离。',
    '记者在现场看到，浓烟笼罩了东港区北部，数十辆消防车停在仓库外。',
    '一位住在仓库对面的居民说，她凌晨被爆炸声惊醒，随后看到窗外火光冲天。',
    '消防部门说，火灾造成两名消防员受伤，没有人员死亡。华远物流公司称仓库内存放的是家具和纺织品。起火原因正在调查。',
  ], '2026-03-10T15:00:00+08:00'),
  metro: article('zh-metro', '澜江地铁八号线明年六月开通', [
    '澜江市政府周二宣布，地铁八号线将于明年六月开通运营，全长三十五公里，共设二十座车站。',
    '市交通委员会负责人表示，新线路连接城市东部的三个居住区和中心商务区，预计每天可运送乘客四十万人次。',
    '据介绍，八号线采用全自动驾驶系统，高峰时段发车间隔为两分钟。部分市民对新线路表示欢迎，但也有居民担心施工期间的噪音问题。',
  ], '2026-03-10T09:00:00+08:00'),
  school: article('zh-school', '澜江市将新建十二所小学', [
    '澜江市教育局周四宣布，全市将新建十二所小学，以缓解东港区和西湖区学位紧张的问题。',
    '教育局局长在新闻发布会上说，新学校预计在三年内全部建成，可提供一万五千个学位。家长们普遍对这一计划表示支持。',
  ], '2026-03-12T09:00:00+08:00'),
  /** The fire's first report without its title: its headline comes from its opening sentence. */
  untitled: article('zh-fire-untitled', '', FIRE, '2026-03-10T10:00:00+08:00'),
};

/** Fictional Japanese news: two reports of one earthquake, and a library opening in the same town. */
export const JAPANESE = {
  quake: article('ja-quake-1', '南浜町で震度五弱の地震　住宅十棟に被害', [
    '気象庁によると、十二日午前四時ごろ、南浜町沖を震源とする地震があり、南浜町で震度五弱を観測した。',
    '町によると、住宅十棟の屋根や壁が壊れ、高齢の女性一人が軽いけがをした。津波の心配はないという。',
    '町は小学校の体育館に避難所を開設し、約八十人が身を寄せている。南浜町の町長は「余震に十分注意してほしい」と呼びかけた。',
  ], '2026-03-12T06:00:00+09:00'),
  report: article('ja-quake-3', '南浜町沖地震　避難所に八十人', [
    '十二日未明に南浜町沖で起きた地震で、南浜町では震度五弱の揺れを観測した。',
    '気象庁は今後一週間程度、同じ規模の地震に注意するよう呼びかけている。',
    '町内では住宅十棟が壊れ、避難所には約八十人が避難した。けが人は高齢の女性一人だという。',
  ], '2026-03-12T09:00:00+09:00'),
  library: article('ja-library', '南浜町立図書館が開館', [
    '南浜町に新しい町立図書館が十五日に開館した。蔵書は約六万冊で、カフェも併設されている。',
    '町長は開館式で「子どもから高齢者まで、誰もが集える場所にしたい」と述べた。',
  ], '2026-03-15T09:00:00+09:00'),
};
