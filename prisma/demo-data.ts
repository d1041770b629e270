// Demo data: the groups and meetups Hako is built for, with demo accounts in place of real people.
// Event names, series numbers, talk titles, formats, durations, capacities and hashtags follow the
// community's own reports of these meetups (2015–2018). Upcoming events are invented for the demo.
// Loaded by lib/demo/service.ts through the domain services, so it obeys the same rules as user input.

export type DemoUser = {
  key: string;
  email: string;
  name: string;
  handle: string;
  bio: string;
  locale: "ja" | "en";
};

export type DemoGroup = {
  slug: string;
  name: string;
  description: string;
  ownerKey: string;
  organizerKeys: string[];
  followerKeys: string[];
};

export type DemoTalk = {
  title: string;
  minutes: number;
  format: "LT" | "Talk" | "Session" | "Keynote";
  speakerKey: string;
  abstract: string;
  slidesUrl?: string;
};

export type DemoEvent = {
  key: string;
  groupSlug: string;
  seriesNumber: number;
  title: string;
  catchphrase: string;
  description: string;
  /** Local date-time in `timezone`, "YYYY-MM-DDTHH:mm". */
  startsAt: string;
  endsAt: string;
  timezone: string;
  venue: { name: string; address: string; mapUrl: string | null } | null;
  onlineUrl: string | null;
  /** The online URL for participants only. */
  onlineUrlPrivate?: boolean;
  /** 参加者への情報 (markdown): shown to confirmed participants and organizers only. */
  participantInfo?: string;
  hashtag: string | null;
  tags: string[];
  /** Seats offered in total. */
  capacity: number;
  talks: DemoTalk[];
  /** For upcoming events: a call for proposals open now, with these formats ("LT 5\nTalk 20"). */
  openCall?: string;
  /** Registration frames (参加枠), with the applications the demo replays through the services. */
  frames?: DemoFrame[];
};

export type DemoFrame = {
  name: string;
  method: "LOTTERY" | "FIRST_COME" | "APPROVAL";
  capacity: number;
  /** Local date-times in the event's zone. */
  opensAt: string;
  closesAt: string;
  drawAt?: string;
  /** The frame's questions (lib/questions); ids are given when the frame is created. */
  questions?: { label: string; type: "text" | "longText" | "single" | "multiple" | "url"; required?: boolean; choices?: string[] }[];
  /** Demo accounts (by key) who apply, then this many generated applicants (applicant001@…). */
  applicantKeys?: string[];
  generatedApplicants?: number;
  /** After the draw: how many confirmed people cancel (their seats go down the waitlist). */
  cancelledAfterDraw?: number;
  /** After the event: how many of the confirmed were checked in at the door. */
  attended?: number;
  /** Every n-th applicant (the 3rd, 6th, … for 3) appears anonymously in the participant list. */
  anonymousEvery?: number;
};

const speakers = Array.from({ length: 12 }, (_, i) => i + 1);

export const DEMO_USERS: DemoUser[] = [
  {
    key: "organizer",
    email: "organizer@example.com",
    name: "デモ主催者",
    handle: "demo-organizer",
    bio: "Hako のデモ用の主催者アカウントです。4 つのデモグループを運営しています。",
    locale: "ja",
  },
  {
    key: "organizer2",
    email: "organizer2@example.com",
    name: "Demo Co-organizer",
    handle: "demo-organizer-2",
    bio: "A demo co-organizer account. Helps run CoreOS Meetup Tokyo and Japan Container Days.",
    locale: "en",
  },
  ...speakers.map<DemoUser>((n) => ({
    key: `speaker${n}`,
    email: `speaker${n}@example.com`,
    name: `デモ登壇者 ${n}`,
    handle: `demo-speaker-${n}`,
    bio: "デモ用の登壇者アカウントです。コンテナとクラウドネイティブについて話します。",
    locale: n % 4 === 0 ? "en" : "ja",
  })),
  {
    key: "attendee",
    email: "attendee@example.com",
    name: "デモ参加者",
    handle: "demo-attendee",
    bio: "デモ用の参加者アカウントです。",
    locale: "ja",
  },
  ...[2, 3, 4, 5].map<DemoUser>((n) => ({
    key: `attendee${n}`,
    email: `attendee${n}@example.com`,
    name: n % 2 === 0 ? `Demo Attendee ${n}` : `デモ参加者 ${n}`,
    handle: `demo-attendee-${n}`,
    bio: "",
    locale: n % 2 === 0 ? "en" : "ja",
  })),
];

const allAttendees = ["attendee", "attendee2", "attendee3", "attendee4", "attendee5"];

export const DEMO_GROUPS: DemoGroup[] = [
  {
    slug: "coreos-meetup-tokyo",
    name: "CoreOS Meetup Tokyo",
    description:
      "CoreOS とその周辺技術 (etcd, rkt, fleet, Kubernetes) について、使っている人・作っている人が集まって話すミートアップです。\n\n" +
      "A meetup about CoreOS and the technology around it: etcd, rkt, fleet and Kubernetes.",
    ownerKey: "organizer",
    organizerKeys: ["organizer2"],
    followerKeys: [...allAttendees, "speaker1", "speaker2"],
  },
  {
    slug: "docker-meetup-tokyo",
    name: "Docker Meetup Tokyo",
    description:
      "Docker とコンテナのエコシステムについての東京のミートアップです。事例、ツール、運用の話を持ち寄りましょう。\n\n" +
      "Tokyo's meetup for Docker and the container ecosystem.",
    ownerKey: "organizer",
    organizerKeys: [],
    followerKeys: ["attendee", "attendee2", "attendee3"],
  },
  {
    slug: "cloud-gottani",
    name: "クラウドごった煮",
    description:
      "クラウドに関係する技術なら何でもありの勉強会です。毎回テーマを決めて、短めの発表をたくさん詰め込みます。\n\n" +
      "A study group where anything cloud goes: one theme per meeting, many short talks.",
    ownerKey: "organizer",
    organizerKeys: [],
    followerKeys: ["attendee", "attendee4"],
  },
  {
    slug: "japan-container-days",
    name: "Japan Container Days",
    description:
      "コンテナとクラウドネイティブの国内最大級のカンファレンス。2 日間、複数トラックで事例とノウハウを共有します。\n\n" +
      "A two-day, multi-track conference on containers and cloud native in Japan.",
    ownerKey: "organizer",
    organizerKeys: ["organizer2"],
    followerKeys: [...allAttendees],
  },
];

// An opening overview, then eight 20-minute talks.
const coreosTalks: DemoTalk[] = [
  { title: "Introduction of CoreOS", minutes: 10, format: "LT", speakerKey: "speaker1", abstract: "CoreOS とは何か、なぜ作られたのか、どんな技術で出来ているのかを最初に紹介します。" },
  ...[
    { title: "CoreOS/Rocket", speakerKey: "speaker2", abstract: "rkt の設計思想と Docker との違い、いま何ができるのか。" },
    { title: "Docker + Checkpoint/Restore", speakerKey: "speaker3", abstract: "CRIU を使ってコンテナの起動を速くする試み。" },
    { title: "Understanding fleet", speakerKey: "speaker4", abstract: "fleet のスケジューリングの仕組みを読み解きます。" },
    { title: "CoreOS OEM in NIFTY Cloud", speakerKey: "speaker5", abstract: "IaaS で CoreOS を使えるようにする OEM の仕組みと、その経緯。" },
    { title: "CoreOS 運用の所感", speakerKey: "speaker4", abstract: "etcd と fleet を止めて CoreOS を本番運用してみて分かったこと。" },
    { title: "CoreOSで運用する際に考えないといけないこと", speakerKey: "speaker6", abstract: "fleet と etcd を使った本番運用で、導入時に考えるべきことの一覧。" },
    { title: "OpenShift 3で、DockerのPaaSを作る話", speakerKey: "speaker7", abstract: "Docker と Kubernetes の上に PaaS を作る OpenShift v3 を CoreOS で動かすデモ。" },
    { title: "Kubernetes on CoreOS", speakerKey: "speaker8", abstract: "Kubernetes を動かすホストとしての CoreOS。" },
  ].map((t) => ({ ...t, minutes: 20, format: "Talk" as const })),
];

const gottaniTalks: DemoTalk[] = ([
  ["Docker is NOT Container.", "speaker9"],
  ["Dockerイメージ管理の内部構造", "speaker9"],
  ["ニフティクラウドCoreOS対応について", "speaker5"],
  ["IBM Containers", "speaker10"],
  ["Atomic Host", "speaker9"],
  ["Kubernetes and Google Container Engine", "speaker11"],
  ["Docker Machineを始めるには?", "speaker12"],
  ["Apache Aurora+Mesos+Docker", "speaker12"],
  ["Rancher.ioを試してみる", "speaker3"],
  ["Raspberry Pi上でDockerを動かす", "speaker3"],
  ["Monitoring Docker with Mackerel", "speaker2"],
  ["Docker networking tools", "speaker6"],
] as const).map(([title, speakerKey]) => ({ title, speakerKey, minutes: 15, format: "Talk" as const, abstract: "" }));

const jkdTalks: DemoTalk[] = [
  ["Microservices Platform on Kubernetes", "speaker1", "Keynote", 30],
  ["Kubernetesによる機械学習基盤への挑戦", "speaker2", "Session", 40],
  ["CaaS基盤の今とこれから", "speaker3", "Session", 40],
  ["Cloud Native の未来", "speaker10", "Keynote", 30],
  ["ECサイトのリプレイスにおけるKubernetes活用", "speaker4", "Session", 40],
  ["Kubernetes がもたらす 分散システムの脅威との戦い", "speaker5", "Session", 40],
  ["40 topics of Kubernetes", "speaker6", "Session", 40],
  ["Ansible,Terraform,Packerで作るSelf-Hosted Kubernetes", "speaker7", "Session", 40],
  ["Knativeのすべて", "speaker8", "Session", 40],
  ["Cloud Native プロダクト 1000本ノック", "speaker11", "Session", 40],
  ["runcだけじゃないlow level runtime徹底比較", "speaker12", "Session", 40],
  ["Kubernetesと暮らすRancherな生活", "speaker9", "Session", 40],
  ["Apache Mesos 入門", "speaker12", "Session", 40],
  ["Kubernetes Meetup Tokyo 2年間の振り返りと未来", "speaker11", "LT", 5],
].map(([title, speakerKey, format, minutes]) => ({
  title: title as string,
  speakerKey: speakerKey as string,
  format: format as DemoTalk["format"],
  minutes: minutes as number,
  abstract: "",
}));

const tokyo = "Asia/Tokyo";

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: "docker-4",
    groupSlug: "docker-meetup-tokyo",
    seriesNumber: 4,
    title: "Docker Meetup Tokyo #4",
    catchphrase: "Docker の次に来るもの: CoreOS とマルチホスト",
    description:
      "Docker はシングルホストでは強力ですが、サービスディスカバリー、オーケストレーション、スケジューリングはまだ手探りです。" +
      "今回は CoreOS を中心に、Docker だけでは解決できない問題にどう向き合うかを話します。\n\n" +
      "- 19:00 受付\n- 19:30 発表 (各 25 分)\n- 21:00 懇親会\n",
    startsAt: "2015-01-22T19:00",
    endsAt: "2015-01-22T22:00",
    timezone: tokyo,
    venue: { name: "東京都内の会場 (デモ)", address: "東京都渋谷区", mapUrl: null },
    onlineUrl: null,
    hashtag: "dockerjp",
    tags: ["docker", "coreos", "etcd", "fleet"],
    capacity: 150,
    frames: [{ name: "一般参加枠", method: "FIRST_COME", capacity: 150, opensAt: "2015-01-08T12:00", closesAt: "2015-01-22T12:00", applicantKeys: ["attendee", "attendee3"], generatedApplicants: 60, attended: 55 }],
    talks: [
      { title: "CoreOS", minutes: 25, format: "Session", speakerKey: "speaker1", abstract: "CoreOS の特徴、要素技術 (etcd, fleet, cloud-config)、Vagrant と Terraform での試し方とデモ。" },
    ],
  },
  {
    key: "gottani-11",
    groupSlug: "cloud-gottani",
    seriesNumber: 11,
    title: "第11回 クラウドごった煮 (コンテナ勉強会)",
    catchphrase: "コンテナ尽くしの土曜日",
    description:
      "今回のテーマはコンテナ。Docker の内部構造から Atomic Host、Kubernetes、Mesos、Rancher、監視まで、短い発表を一日で一気に聞きます。",
    startsAt: "2015-03-28T13:00",
    endsAt: "2015-03-28T18:30",
    timezone: tokyo,
    venue: { name: "産業技術大学院大学", address: "東京都品川区東大井1-10-40", mapUrl: null },
    onlineUrl: null,
    hashtag: "cloudmix",
    tags: ["docker", "kubernetes", "mesos", "rancher"],
    capacity: 80,
    talks: gottaniTalks,
  },
  {
    key: "coreos-1",
    groupSlug: "coreos-meetup-tokyo",
    seriesNumber: 1,
    title: "CoreOS Meetup Tokyo #1",
    catchphrase: "etcd 2.0、rkt、そして本番運用へ",
    description:
      "etcd 2.0 のリリースや rkt の登場、各社での導入事例の兆しを受けて、CoreOS とその関連技術・プラットフォームをテーマに開催します。" +
      "CoreOS を知らない人もキャッチアップできるよう、最初に概要を紹介します。\n\n" +
      "100 人の枠に対して多くの応募が見込まれるため、参加者は抽選で決めます。",
    startsAt: "2015-04-08T19:00",
    endsAt: "2015-04-08T22:00",
    timezone: tokyo,
    venue: { name: "東京都内の会場 (デモ)", address: "東京都港区", mapUrl: null },
    onlineUrl: null,
    hashtag: "coreosjp",
    tags: ["coreos", "etcd", "rkt", "fleet", "kubernetes"],
    capacity: 100,
    talks: coreosTalks,
    // 350 applications for 100 seats, drawn at the deadline; 12 winners cancelled and the
    // waitlist moved up; 85 came.
    frames: [
      {
        name: "一般参加枠",
        method: "LOTTERY",
        capacity: 100,
        opensAt: "2015-03-20T12:00",
        closesAt: "2015-04-01T12:00",
        applicantKeys: ["attendee", "attendee2", "attendee3", "attendee4", "attendee5"],
        generatedApplicants: 345,
        cancelledAfterDraw: 12,
        attended: 85,
      },
    ],
  },
  {
    key: "jkd-1812",
    groupSlug: "japan-container-days",
    seriesNumber: 2,
    title: "Japan Container Days v18.12",
    catchphrase: "2 日間、コンテナとクラウドネイティブの事例を一気に",
    description:
      "コンテナとクラウドネイティブの国内事例が集まる 2 日間のカンファレンス。キーノート、複数トラックのセッション、ハンズオン、スポンサーブースがあります。",
    startsAt: "2018-12-04T10:00",
    endsAt: "2018-12-05T19:00",
    timezone: tokyo,
    venue: { name: "東京都内のカンファレンス会場 (デモ)", address: "東京都港区", mapUrl: null },
    onlineUrl: null,
    hashtag: "jkd1812",
    tags: ["kubernetes", "cloud-native", "knative", "mesos", "rancher"],
    capacity: 1000,
    talks: jkdTalks,
  },
  // Upcoming events, invented for the demo.
  {
    key: "coreos-2",
    groupSlug: "coreos-meetup-tokyo",
    seriesNumber: 2,
    title: "CoreOS Meetup Tokyo #2",
    catchphrase: "Container Linux から Fedora CoreOS まで",
    description:
      "前回は 100 人枠に 350 人の応募がありました。今回も参加者は**抽選**で決めます。申し込みの早さは当落に関係ありません。\n\n" +
      "- 18:30 受付\n- 19:00 オープニング\n- 19:10 発表 (20 分 × 6)\n- 21:30 懇親会\n",
    startsAt: "2026-12-16T19:00",
    endsAt: "2026-12-16T22:00",
    timezone: tokyo,
    venue: { name: "東京都内の会場 (デモ)", address: "東京都渋谷区", mapUrl: "https://www.openstreetmap.org/#map=16/35.6581/139.7017" },
    onlineUrl: null,
    hashtag: "coreosjp",
    tags: ["coreos", "kubernetes", "etcd"],
    capacity: 100,
    talks: [],
    openCall: "LT 5\nTalk 20",
    frames: [
      {
        name: "一般参加枠 (抽選)",
        method: "LOTTERY",
        capacity: 90,
        opensAt: "2026-11-20T12:00",
        closesAt: "2026-12-09T12:00",
        drawAt: "2026-12-09T12:00",
        questions: [
          { label: "懇親会に参加しますか", type: "single", required: true, choices: ["参加する", "参加しない"] },
          { label: "CoreOS の利用歴", type: "text" },
        ],
        applicantKeys: ["attendee2", "attendee4"],
        generatedApplicants: 40,
      },
      { name: "ブログ枠", method: "APPROVAL", capacity: 10, opensAt: "2026-11-20T12:00", closesAt: "2026-12-09T12:00", applicantKeys: ["attendee5"] },
    ],
  },
  {
    key: "docker-online",
    groupSlug: "docker-meetup-tokyo",
    seriesNumber: 50,
    title: "Docker Meetup Tokyo #50 (Online)",
    catchphrase: "Compose, BuildKit, and what's new — online",
    description:
      "An online meetup: talks in Japanese and English, questions in the chat. The streaming URL is on this page.\n\n" +
      "オンライン開催です。配信 URL はこのページに掲載しています。",
    startsAt: "2027-01-20T20:00",
    endsAt: "2027-01-20T21:30",
    timezone: tokyo,
    venue: null,
    onlineUrl: "https://www.youtube.com/@example-hako-demo",
    onlineUrlPrivate: true,
    participantInfo: "配信 URL は参加者だけに公開しています。開始 10 分前から接続できます。\n\nThe stream opens 10 minutes before the start; questions go to the chat.",
    hashtag: "dockerjp",
    tags: ["docker", "buildkit", "online"],
    capacity: 500,
    frames: [{ name: "視聴枠", method: "FIRST_COME", capacity: 500, opensAt: "2026-11-01T12:00", closesAt: "2027-01-20T19:00", applicantKeys: ["attendee", "attendee3"], generatedApplicants: 25, anonymousEvery: 4 }],
    talks: [],
  },
  {
    key: "gottani-30",
    groupSlug: "cloud-gottani",
    seriesNumber: 30,
    title: "第30回 クラウドごった煮 (eBPF とコンテナ)",
    catchphrase: "カーネルから見るコンテナ",
    description: "eBPF を使ったコンテナの可観測性とネットワークがテーマです。LT 枠もあります。",
    startsAt: "2027-02-13T13:00",
    endsAt: "2027-02-13T18:00",
    timezone: tokyo,
    venue: { name: "産業技術大学院大学", address: "東京都品川区東大井1-10-40", mapUrl: null },
    onlineUrl: null,
    participantInfo:
      "## 当日の入館方法\n\n1. 受付は 1 階ロビー、12:30 から開きます。\n2. チケット（QR コード）か受付番号を見せてください。\n3. Wi-Fi: `gottani-guest` / パスワードは会場で掲示します。\n\nEntrance: lobby, 1st floor, from 12:30. Show your ticket at the desk.",
    hashtag: "cloudmix",
    tags: ["ebpf", "kubernetes", "observability"],
    capacity: 80,
    frames: [
      { name: "一般参加枠", method: "FIRST_COME", capacity: 75, opensAt: "2026-11-15T12:00", closesAt: "2027-02-12T18:00", questions: [{ label: "懇親会に参加しますか", type: "single", required: true, choices: ["参加する", "参加しない"] }], applicantKeys: ["attendee", "attendee2"], generatedApplicants: 30, anonymousEvery: 3 },
      // Full, so the next person joins the waitlist.
      { name: "LT 枠", method: "FIRST_COME", capacity: 5, opensAt: "2026-11-15T12:00", closesAt: "2027-02-12T18:00", generatedApplicants: 7 },
    ],
    talks: [],
  },
  {
    key: "jkd-2027",
    groupSlug: "japan-container-days",
    seriesNumber: 10,
    title: "Japan Container Days 2027",
    catchphrase: "2 日間・3 トラックのクラウドネイティブ・カンファレンス",
    description:
      "キーノート、3 トラックのセッション、ハンズオン、スポンサーブース。2 日間の通し券です。\n\n" +
      "Two days, three tracks, keynotes, hands-on labs and sponsor booths.",
    startsAt: "2027-04-20T10:00",
    endsAt: "2027-04-21T18:00",
    timezone: tokyo,
    venue: { name: "東京都内のカンファレンス会場 (デモ)", address: "東京都江東区", mapUrl: null },
    onlineUrl: null,
    hashtag: "jkd2027",
    tags: ["kubernetes", "cloud-native", "containers"],
    capacity: 800,
    openCall: "LT 5\nSession 40\nKeynote 30",
    frames: [
      { name: "一般参加枠 (抽選)", method: "LOTTERY", capacity: 750, opensAt: "2027-02-01T12:00", closesAt: "2027-03-31T12:00", drawAt: "2027-04-01T12:00" },
      { name: "スポンサー枠", method: "APPROVAL", capacity: 50, opensAt: "2026-11-01T12:00", closesAt: "2027-04-10T12:00" },
    ],
    talks: [],
  },
];
