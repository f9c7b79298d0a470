<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Read the console settings</source>
        <translation>读取控制台设置</translation>
    </message>
    <message>
        <source>The domain has no graphical display.</source>
        <translation>该虚拟机没有图形显示。</translation>
    </message>
    <message>
        <source>The domain&apos;s display is %1; only VNC is supported here.</source>
        <translation>该虚拟机的显示为 %1;此处只支持 VNC。</translation>
    </message>
    <message>
        <source>Read the console settings of %1</source>
        <translation>读取 %1 的控制台设置</translation>
    </message>
    <message>
        <source>Open the console of %1</source>
        <translation>打开 %1 的控制台</translation>
    </message>
    <message>
        <source>Read the console password of %1</source>
        <translation>读取 %1 的控制台密码</translation>
    </message>
    <message>
        <source>Tunnel the console through SSH</source>
        <translation>通过 SSH 隧道连接控制台</translation>
    </message>
    <message>
        <source>%1 does not use the SSH transport.</source>
        <translation>%1 未使用 SSH 传输方式。</translation>
    </message>
    <message>
        <source>The display&apos;s address %1 port %2 cannot be tunnelled.</source>
        <translation>无法为显示地址 %1 端口 %2 建立隧道。</translation>
    </message>
    <message>
        <source>Start the SSH tunnel</source>
        <translation>启动 SSH 隧道</translation>
    </message>
    <message>
        <source>The tunnel was already started.</source>
        <translation>隧道已经启动。</translation>
    </message>
    <message>
        <source>The display listens on a UNIX socket on the remote host, which cannot be reached from here. Make it listen on a TCP address.</source>
        <translation>该显示监听在远程宿主机的 UNIX 套接字上,从这里无法访问。请让它监听一个 TCP 地址。</translation>
    </message>
    <message>
        <source>The display listens on %1 of the remote host only, and the SSH tunnel is turned off for this host. Turn &quot;Tunnel Through SSH&quot; back on.</source>
        <translation>该显示只监听远程宿主机的 %1,而此宿主机的 SSH 隧道已关闭。请重新打开“通过 SSH 隧道”。</translation>
    </message>
    <message>
        <source>The display listens on %1 of the remote host only. Connect to the host over SSH (for example qemu+ssh://) so that the console can be tunnelled, or make the display listen on an address this computer can reach.</source>
        <translation>该显示只监听远程宿主机的 %1。请通过 SSH 连接宿主机(例如 qemu+ssh://),以便为控制台建立隧道;或让该显示监听本机能访问的地址。</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation>无法解析 %1:%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>无法连接到 %1 端口 %2:%3</translation>
    </message>
    <message>
        <source>No connection to the console was given.</source>
        <translation>未提供到控制台的连接。</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The console refused the password.</source>
        <translation>控制台拒绝了该密码。</translation>
    </message>
    <message>
        <source>The console asks for an authentication this client does not support (%1).</source>
        <translation>控制台要求一种本客户端不支持的认证方式(%1)。</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC 握手失败:%1</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Could not send the encodings to the console.</source>
        <translation>无法向控制台发送编码列表。</translation>
    </message>
    <message>
        <source>Waiting for the console failed: %1</source>
        <translation>等待控制台失败:%1</translation>
    </message>
    <message>
        <source>Sending input to the console failed.</source>
        <translation>向控制台发送输入失败。</translation>
    </message>
    <message>
        <source>The console closed the connection.</source>
        <translation>控制台关闭了连接。</translation>
    </message>
    <message>
        <source>The console stopped responding in the middle of a message.</source>
        <translation>控制台在一条消息中途停止了响应。</translation>
    </message>
    <message>
        <source>The console sent data this client cannot read: %1</source>
        <translation>控制台发送了本客户端无法读取的数据:%1</translation>
    </message>
    <message>
        <source>The console asked for a %1×%2 screen, larger than this client accepts (%3 megapixels).</source>
        <translation>控制台要求 %1×%2 的屏幕,超过了本客户端接受的大小(%3 百万像素)。</translation>
    </message>
</context>
<context>
    <name>Vireo::AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>Test driver (fixture file)</source>
        <translation>测试驱动(fixture 文件)</translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation>LXC(Linux 容器)</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机管理程序</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虚拟机管理程序(&amp;H):</translation>
    </message>
    <message>
        <source>Empty: libvirt&apos;s built-in test host (test:///default)</source>
        <translation>留空:libvirt 内置的测试宿主机(test:///default)</translation>
    </message>
    <message>
        <source>Test driver fixture file</source>
        <translation>测试驱动 fixture 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose fixture file</source>
        <translation>选择 fixture 文件</translation>
    </message>
    <message>
        <source>&amp;Fixture file:</source>
        <translation>fixture 文件(&amp;F):</translation>
    </message>
    <message>
        <source>Test driver fixture</source>
        <translation>测试驱动 fixture</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 文件 (*.xml)</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U):</translation>
    </message>
    <message>
        <source>Connect to a &amp;remote host</source>
        <translation>连接到远程宿主机(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to a remote host</source>
        <translation>连接到远程宿主机</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>TLS (certificates)</source>
        <translation>TLS(证书)</translation>
    </message>
    <message>
        <source>TCP (unencrypted, SASL)</source>
        <translation>TCP(不加密,SASL)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <source>as on the host, e.g. root</source>
        <translation>与宿主机上一致,例如 root</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S):</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>主机名或地址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Autoconnect at start</source>
        <translation>启动时自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>Autoconnect at start</source>
        <translation>启动时自动连接</translation>
    </message>
    <message>
        <source>Generated URI</source>
        <translation>生成的 URI</translation>
    </message>
    <message>
        <source>Generated URI:</source>
        <translation>生成的 URI:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Demo (simulated, no real VMs)</source>
        <translation>演示(模拟的,没有真实虚拟机)</translation>
    </message>
    <message>
        <source>demo — libvirt&apos;s test driver with made-up domains; nothing runs</source>
        <translation>demo — libvirt 的测试驱动,虚拟机都是虚构的;不会真正运行</translation>
    </message>
    <message>
        <source>This connection is already in the list. Show It selects it in the manager.</source>
        <translation>此连接已在列表中。“显示”会在管理器中选中它。</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Vireo::AlsoAfterRestartBox</name>
    <message>
        <source>Also after &amp;restart</source>
        <translation>重启后同样生效(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Vireo::Application</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>No connection to show</source>
        <translation>没有可显示的连接</translation>
    </message>
    <message>
        <source>Vireo was asked to show one window, but no connection is saved or named. Start it with --connect URI, e.g. vireo --connect qemu:///system --show-domain-console NAME.</source>
        <translation>Vireo 被要求只显示一个窗口,但没有已保存或指定的连接。请用 --connect URI 启动,例如 vireo --connect qemu:///system --show-domain-console NAME。</translation>
    </message>
    <message>
        <source>No connection to show: use --connect URI.</source>
        <translation>没有可显示的连接:请使用 --connect URI。</translation>
    </message>
    <message>
        <source>the console of &apos;%1&apos;</source>
        <translation>“%1”的控制台</translation>
    </message>
    <message>
        <source>the details of &apos;%1&apos;</source>
        <translation>“%1”的详情</translation>
    </message>
    <message>
        <source>the New Virtual Machine wizard</source>
        <translation>新建虚拟机向导</translation>
    </message>
    <message>
        <source>the connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list; it is selected</source>
        <translation>%1(%2)已在列表中;已选中它</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
</context>
<context>
    <name>Vireo::ApplyBar</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>应用:%1</translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation>还原:%1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 状态</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
</context>
<context>
    <name>Vireo::AskpassDialog</name>
    <message>
        <source>SSH — Vireo</source>
        <translation>SSH — Vireo</translation>
    </message>
    <message>
        <source>SSH asks</source>
        <translation>SSH 询问</translation>
    </message>
    <message>
        <source>SSH asks for a password:</source>
        <translation>SSH 要求输入密码:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Password or passphrase</source>
        <translation>密码或口令</translation>
    </message>
</context>
<context>
    <name>Vireo::AuthDialog</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password or passphrase</source>
        <translation>密码或口令</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>域(Realm)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for credentials to connect.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 要求提供连接凭据。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>Stores the password in the desktop keyring, never in a file.</source>
        <translation>将密码保存在桌面密钥环中,绝不写入文件。</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Vireo::CloneDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>光驱 %1</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>软驱 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Copy: the clone gets its own full copy of the image. It takes as long as copying the file, and as much space.</source>
        <translation>复制:克隆获得镜像自己的完整副本。所需时间与复制该文件相同,占用的空间也一样多。</translation>
    </message>
    <message>
        <source>Linked: the clone gets a small new image that reads from the original and keeps only its own changes. Quick and small, but the original must not change afterwards: do not start or edit it again, or every linked clone breaks.</source>
        <translation>链接:克隆获得一个小的新镜像,它从原镜像读取,只保存自己的更改。快速且小巧,但原镜像此后不能再改变:不要再启动或编辑它,否则每个链接克隆都会损坏。</translation>
    </message>
    <message>
        <source>Share: the clone uses the very same image. Only for read-only media such as ISOs: two machines writing one disk destroy its data.</source>
        <translation>共享:克隆使用同一个镜像。只适用于 ISO 等只读介质:两台虚拟机写同一个磁盘会毁掉其数据。</translation>
    </message>
    <message>
        <source>Leave out: the clone has no such disk.</source>
        <translation>不包含:克隆没有这个磁盘。</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Clone ×N</source>
        <translation>克隆 ×N</translation>
    </message>
    <message>
        <source>Reading the virtual machine…</source>
        <translation>正在读取虚拟机…</translation>
    </message>
    <message>
        <source>What is cloned</source>
        <translation>克隆哪些内容</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>克隆的名称</translation>
    </message>
    <message>
        <source>Name pattern of the clones</source>
        <translation>克隆的名称模式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>The names the pattern gives</source>
        <translation>该模式生成的名称</translation>
    </message>
    <message>
        <source>One numeric range in braces: lab-{01..20} gives lab-01 to lab-20</source>
        <translation>在花括号中写一个数字范围:lab-{01..20} 生成 lab-01 到 lab-20</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>What the chosen disk mode means</source>
        <translation>所选磁盘方式的含义</translation>
    </message>
    <message>
        <source>&amp;Start the clone once it is made</source>
        <translation>创建后启动克隆(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start each clone once it is made</source>
        <translation>创建后启动每个克隆(&amp;S)</translation>
    </message>
    <message>
        <source>Start after creation</source>
        <translation>创建后启动</translation>
    </message>
    <message>
        <source>Why the clone cannot be made</source>
        <translation>无法创建克隆的原因</translation>
    </message>
    <message>
        <source>Cloning progress</source>
        <translation>克隆进度</translation>
    </message>
    <message>
        <source>Cloning status</source>
        <translation>克隆状态</translation>
    </message>
    <message>
        <source>What was made and what failed</source>
        <translation>已创建的和失败的</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>克隆(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Clone All</source>
        <translation>全部克隆(&amp;C)</translation>
    </message>
    <message>
        <source>Make the clone</source>
        <translation>创建克隆</translation>
    </message>
    <message>
        <source>Cancel cloning</source>
        <translation>取消克隆</translation>
    </message>
    <message>
        <source>Clone &apos;%1&apos; to a new virtual machine with a new UUID, new MAC addresses and its own display port.</source>
        <translation>将“%1”克隆为一台新虚拟机,它有新的 UUID、新的 MAC 地址和自己的显示端口。</translation>
    </message>
    <message>
        <source>Make many clones of &apos;%1&apos;, each with a new UUID, new MAC addresses and its own display port. Linked disks make them quick and small.</source>
        <translation>创建“%1”的多个克隆,每个都有新的 UUID、新的 MAC 地址和自己的显示端口。链接磁盘使它们快速且小巧。</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The clone gets</source>
        <translation>克隆获得</translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation>(没有磁盘)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>template with 1 linked clone</source>
        <translation>带 1 个链接克隆的模板</translation>
    </message>
    <message>
        <source>template with %1 linked clones</source>
        <translation>带 %1 个链接克隆的模板</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>What the clone gets of %1</source>
        <translation>克隆从 %1 获得什么</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running: shut it down or pause it first, so that its disks do not change during the copy.</source>
        <translation>“%1”正在运行:请先将其关机或暂停,以免复制期间其磁盘发生变化。</translation>
    </message>
    <message>
        <source>1 clone: %1</source>
        <translation>1 个克隆:%1</translation>
    </message>
    <message>
        <source>%1 clones: %2</source>
        <translation>%1 个克隆:%2</translation>
    </message>
    <message>
        <source>%1 clones: %2, %3 … %4</source>
        <translation>%1 个克隆:%2、%3 … %4</translation>
    </message>
    <message>
        <source>Taken on this host: %1</source>
        <translation>此宿主机上已被占用:%1</translation>
    </message>
    <message>
        <source>%1 is writable: with Share, the original and the clone write the same disk. Do not run both at once.</source>
        <translation>%1 可写:选择“共享”时,原虚拟机和克隆会写同一个磁盘。不要同时运行两者。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Copying %1… (a cancel waits for the copy in progress to end)</source>
        <translation>正在复制 %1…(取消会等待正在进行的复制结束)</translation>
    </message>
    <message>
        <source>Making the overlay of %1…</source>
        <translation>正在创建 %1 的覆盖层…</translation>
    </message>
    <message>
        <source>Copying the UEFI variables…</source>
        <translation>正在复制 UEFI 变量…</translation>
    </message>
    <message>
        <source>Defining the clone…</source>
        <translation>正在定义克隆…</translation>
    </message>
    <message>
        <source>Starting the clone…</source>
        <translation>正在启动克隆…</translation>
    </message>
    <message>
        <source>Clone %1 of %2: %3</source>
        <translation>克隆 %1 / %2:%3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>已取消;没有留下任何东西。</translation>
    </message>
    <message>
        <source>Made &apos;%1&apos;.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>It did not start: %1</source>
        <translation>它未能启动:%1</translation>
    </message>
    <message>
        <source>Cloned &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>已将“%1”克隆为“%2”</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Clones of &apos;%1&apos;: %2</source>
        <translation>“%1”的克隆:%2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Vireo::CommandLogDock</name>
    <message>
        <source>Equivalent Commands</source>
        <translation>等效命令</translation>
    </message>
    <message>
        <source>Equivalent &amp;Commands</source>
        <translation>等效命令(&amp;C)</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>等效命令</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected command</source>
        <translation>复制所选命令</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Copy all commands</source>
        <translation>复制全部命令</translation>
    </message>
    <message>
        <source>&amp;Export as Script…</source>
        <translation>导出为脚本(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the session as a shell script</source>
        <translation>将本次会话导出为 shell 脚本</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the command log</source>
        <translation>清空命令日志</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>or: %1</source>
        <translation>或:%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败:%1</translation>
    </message>
    <message>
        <source>Export the commands to %1</source>
        <translation>将命令导出到 %1</translation>
    </message>
    <message>
        <source>Export the Session as a Shell Script</source>
        <translation>将会话导出为 Shell 脚本</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell 脚本 (*.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Vireo::ConsolePage</name>
    <message>
        <source>The domain was deleted</source>
        <translation>该虚拟机已被删除</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Tunnel Through SSH</source>
        <translation>通过 SSH 隧道</translation>
    </message>
    <message>
        <source>Reach this host&apos;s consoles through an encrypted SSH tunnel, wherever the display listens (remembered for the host)</source>
        <translation>无论显示监听在哪里,都通过加密的 SSH 隧道访问此宿主机的控制台(按宿主机记住)</translation>
    </message>
    <message>
        <source>Only for hosts that libvirt reaches over SSH</source>
        <translation>仅适用于 libvirt 通过 SSH 连接的宿主机</translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation>连接选项</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>正在连接宿主机…</translation>
    </message>
    <message>
        <source>The console is not available</source>
        <translation>控制台不可用</translation>
    </message>
    <message>
        <source>Could not read the console settings of %1: %2</source>
        <translation>无法读取 %1 的控制台设置:%2</translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation>客户机未在运行</translation>
    </message>
    <message>
        <source>The console appears when the guest starts.</source>
        <translation>客户机启动后会显示控制台。</translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver, which has no real displays.</source>
        <translation>%1 运行在 libvirt 的测试驱动上,没有真实的显示。</translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation>无法打开 %1 的控制台:%2</translation>
    </message>
    <message>
        <source>Not encrypted: the screen and your keys cross the network in clear text</source>
        <translation>未加密:屏幕内容和您的按键以明文经过网络</translation>
    </message>
    <message>
        <source>The console connects to %1 port %2 directly. VNC does not encrypt: anyone on the network in between can watch the screen and read what you type. Reach the host over SSH (for example qemu+ssh://) with &quot;Tunnel Through SSH&quot; on.</source>
        <translation>控制台直接连接 %1 端口 %2。VNC 不加密:中间网络上的任何人都能看到屏幕、读到您输入的内容。请通过 SSH 连接宿主机(例如 qemu+ssh://)并打开“通过 SSH 隧道”。</translation>
    </message>
    <message>
        <source>The console is not reachable from here</source>
        <translation>从这里无法访问控制台</translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 failed</source>
        <translation>到 %1 的 SSH 隧道失败</translation>
    </message>
    <message>
        <source>C&amp;onsole:</source>
        <translation>控制台(&amp;O):</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>The graphical console, or a serial port or text console</source>
        <translation>图形控制台,或串口或文本控制台</translation>
    </message>
    <message>
        <source>Graphical</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Console moved to another host</source>
        <translation>控制台已移到另一台宿主机</translation>
    </message>
    <message>
        <source>Moved to %1 — reconnecting…</source>
        <translation>已移到 %1 — 正在重新连接…</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>已从 %1 移到 %2。</translation>
    </message>
</context>
<context>
    <name>Vireo::ConsoleWindow</name>
    <message>
        <source>%1 on %2 – Console</source>
        <translation>%2 上的 %1 – 控制台</translation>
    </message>
    <message>
        <source>%1 on %2 – %3 – Console</source>
        <translation>%2 上的 %1 – %3 – 控制台</translation>
    </message>
</context>
<context>
    <name>Vireo::ConvertVolumeDialog</name>
    <message>
        <source>Convert Volume &apos;%1&apos;</source>
        <translation>转换卷“%1”</translation>
    </message>
    <message>
        <source>A new %1 volume is made from &apos;%2&apos; (%3) in the same pool; &apos;%2&apos; stays as it is.</source>
        <translation>在同一存储池中由“%2”(%3)创建一个新的 %1 卷;“%2”保持原样。</translation>
    </message>
    <message>
        <source>qcow2 is sparse: it takes only what the guest has written, can be compressed, and takes snapshots.</source>
        <translation>qcow2 是稀疏的:只占用客户机已写入的空间,可以压缩,并支持快照。</translation>
    </message>
    <message>
        <source>raw is allocated in full: it is the fastest, and converts easily to other formats.</source>
        <translation>raw 完全分配:它最快,也容易转换为其他格式。</translation>
    </message>
    <message>
        <source>Name of the converted volume</source>
        <translation>转换后卷的名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Problem with the conversion</source>
        <translation>转换的问题</translation>
    </message>
    <message>
        <source>Con&amp;vert to %1</source>
        <translation>转换为 %1(&amp;V)</translation>
    </message>
    <message>
        <source>Convert the volume to %1</source>
        <translation>将卷转换为 %1</translation>
    </message>
    <message>
        <source>Cancel the conversion</source>
        <translation>取消转换</translation>
    </message>
</context>
<context>
    <name>Vireo::Core</name>
    <message>
        <source>Guests can get up to %1: the memory the host&apos;s kernel manages (/proc/meminfo). libvirt&apos;s NUMA cells add up to %2 (virNodeGetInfo); that figure matters only to guests pinned to NUMA cells.</source>
        <translation>客户机最多可获得 %1:即宿主机内核管理的内存(/proc/meminfo)。libvirt 的 NUMA 节点合计 %2(virNodeGetInfo);该数值只对绑定到 NUMA 节点的客户机有意义。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>from snapshot</source>
        <translation>来自快照</translation>
    </message>
    <message>
        <source>migration canceled</source>
        <translation>迁移已取消</translation>
    </message>
    <message>
        <source>save canceled</source>
        <translation>保存已取消</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>已唤醒</translation>
    </message>
    <message>
        <source>resumed after a crash</source>
        <translation>崩溃后恢复</translation>
    </message>
    <message>
        <source>post-copy migration</source>
        <translation>后拷贝迁移</translation>
    </message>
    <message>
        <source>post-copy migration failed</source>
        <translation>后拷贝迁移失败</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>dumping</source>
        <translation>正在转储</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>creating snapshot</source>
        <translation>正在创建快照</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>已强制关机</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>stopped by libvirt</source>
        <translation>被 libvirt 停止</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>内核崩溃(panic)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Force reset</source>
        <translation>强制复位</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>根元素是 &lt;%1&gt;,而不是 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行,第 %2 列:%3</translation>
    </message>
    <message>
        <source>the XML is not a &lt;%1&gt;</source>
        <translation>该 XML 不是 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>The virtual machine needs a name.</source>
        <translation>虚拟机需要一个名称。</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>名称太长:最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The name must start with a letter or a digit.</source>
        <translation>名称必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name may only contain letters, digits and the characters _ . + -</source>
        <translation>名称只能包含字母、数字和字符 _ . + -</translation>
    </message>
    <message>
        <source>Choose a virtualization type.</source>
        <translation>请选择虚拟化类型。</translation>
    </message>
    <message>
        <source>Choose an architecture.</source>
        <translation>请选择架构。</translation>
    </message>
    <message>
        <source>A virtual machine needs at least one vCPU.</source>
        <translation>虚拟机至少需要一个 vCPU。</translation>
    </message>
    <message>
        <source>The maximum vCPUs (%1) cannot be below the vCPUs at start (%2).</source>
        <translation>最大 vCPU 数(%1)不能小于启动时的 vCPU 数(%2)。</translation>
    </message>
    <message>
        <source>A virtual machine needs some memory.</source>
        <translation>虚拟机需要一些内存。</translation>
    </message>
    <message>
        <source>The maximum memory (%1 MiB) cannot be below the memory at start (%2 MiB).</source>
        <translation>最大内存(%1 MiB)不能小于启动时的内存(%2 MiB)。</translation>
    </message>
    <message>
        <source>Choose the installation media (an ISO file or volume).</source>
        <translation>请选择安装介质(ISO 文件或卷)。</translation>
    </message>
    <message>
        <source>Choose the disk image to import.</source>
        <translation>请选择要导入的磁盘镜像。</translation>
    </message>
    <message>
        <source>Direct kernel boot needs the path of a kernel.</source>
        <translation>直接内核引导需要内核的路径。</translation>
    </message>
    <message>
        <source>Network boot (PXE) needs a network interface.</source>
        <translation>网络引导(PXE)需要一个网络接口。</translation>
    </message>
    <message>
        <source>The disk has no path.</source>
        <translation>该磁盘没有路径。</translation>
    </message>
    <message>
        <source>The disk format must be qcow2 or raw.</source>
        <translation>磁盘格式必须是 qcow2 或 raw。</translation>
    </message>
    <message>
        <source>Choose a bridge.</source>
        <translation>请选择一个网桥。</translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation>请选择一个虚拟网络。</translation>
    </message>
    <message>
        <source>The VNC listen address must be an IP address such as 127.0.0.1.</source>
        <translation>VNC 监听地址必须是 IP 地址,例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>VNC passwords are limited to 8 characters.</source>
        <translation>VNC 密码最多 8 个字符。</translation>
    </message>
    <message>
        <source>Build the domain XML</source>
        <translation>生成虚拟机 XML</translation>
    </message>
    <message>
        <source>This host cannot run %1 guests.</source>
        <translation>此宿主机无法运行 %1 客户机。</translation>
    </message>
    <message>
        <source>KVM is not usable on this host, so a kvm guest would not start. %1</source>
        <translation>此宿主机上 KVM 不可用,所以 kvm 客户机无法启动。%1</translation>
    </message>
    <message>
        <source>QEMU emulation: %1 is not this host&apos;s architecture (%2), so KVM cannot run it; guests run much slower.</source>
        <translation>QEMU 模拟:%1 不是此宿主机的架构(%2),KVM 无法运行它;客户机会慢得多。</translation>
    </message>
    <message>
        <source>QEMU emulation: the CPU is emulated in software, many times slower than KVM, which this host offers.</source>
        <translation>QEMU 模拟:CPU 由软件模拟,比此宿主机提供的 KVM 慢很多倍。</translation>
    </message>
    <message>
        <source>QEMU emulation: this host does not offer KVM, so guests run much slower.</source>
        <translation>QEMU 模拟:此宿主机不提供 KVM,客户机会慢得多。</translation>
    </message>
    <message>
        <source>%1: the only virtualization type this host offers for %2.</source>
        <translation>%1:此宿主机为 %2 提供的唯一虚拟化类型。</translation>
    </message>
    <message>
        <source>Read the capabilities of %1</source>
        <translation>读取 %1 的能力信息</translation>
    </message>
    <message>
        <source>List the domains of %1</source>
        <translation>列出 %1 的虚拟机</translation>
    </message>
    <message>
        <source>Read the operating system list</source>
        <translation>读取操作系统列表</translation>
    </message>
    <message>
        <source>no osinfo-db data in %1 (install the osinfo-db package)</source>
        <translation>%1 中没有 osinfo-db 数据(请安装 osinfo-db 软件包)</translation>
    </message>
    <message>
        <source>Read the ISO-9660 volume descriptor</source>
        <translation>读取 ISO-9660 卷描述符</translation>
    </message>
    <message>
        <source>this is not an ISO-9660 image</source>
        <translation>这不是 ISO-9660 镜像</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>the file is too small for an ISO image</source>
        <translation>文件太小,不是 ISO 镜像</translation>
    </message>
    <message>
        <source>Creating the disk volume</source>
        <translation>正在创建磁盘卷</translation>
    </message>
    <message>
        <source>Defining the virtual machine</source>
        <translation>正在定义虚拟机</translation>
    </message>
    <message>
        <source>Turning on autostart</source>
        <translation>正在开启自动启动</translation>
    </message>
    <message>
        <source>Starting the virtual machine</source>
        <translation>正在启动虚拟机</translation>
    </message>
    <message>
        <source>The virtual machine &apos;%1&apos; was created. KVM is not usable on this host, so it was changed to software emulation (type qemu) and started.</source>
        <translation>虚拟机“%1”已创建。此宿主机上 KVM 不可用,因此已改为软件模拟(类型 qemu)并启动。</translation>
    </message>
    <message>
        <source>The virtual machine &apos;%1&apos; was created.</source>
        <translation>虚拟机“%1”已创建。</translation>
    </message>
    <message>
        <source>Creation was cancelled during the step &quot;%1&quot;.</source>
        <translation>创建在步骤“%1”中被取消。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation>步骤“%1”失败:%2</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销:%1。</translation>
    </message>
    <message>
        <source>Could not be removed: %1.</source>
        <translation>无法删除:%1。</translation>
    </message>
    <message>
        <source>Create the virtual machine</source>
        <translation>创建虚拟机</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>没有宿主机</translation>
    </message>
    <message>
        <source>Creating %1 (%2, %3) in pool &apos;%4&apos;</source>
        <translation>正在存储池“%4”中创建 %1(%2,%3)</translation>
    </message>
    <message>
        <source>the host went away</source>
        <translation>宿主机已断开</translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos; with software emulation</source>
        <translation>正在以软件模拟启动“%1”</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Defining &apos;%1&apos;</source>
        <translation>正在定义“%1”</translation>
    </message>
    <message>
        <source>Turning on autostart for &apos;%1&apos;</source>
        <translation>正在为“%1”开启自动启动</translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;</source>
        <translation>正在启动“%1”</translation>
    </message>
    <message>
        <source>Start domain &apos;%1&apos;</source>
        <translation>启动虚拟机“%1”</translation>
    </message>
    <message>
        <source>everything created so far (the host went away)</source>
        <translation>到目前为止创建的一切(宿主机已断开)</translation>
    </message>
    <message>
        <source>Remove domain &apos;%1&apos;</source>
        <translation>删除虚拟机“%1”</translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; was undefined</source>
        <translation>虚拟机“%1”的定义已删除</translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation>删除存储池“%2”中的卷“%1”</translation>
    </message>
    <message>
        <source>the volume &apos;%1&apos; was deleted</source>
        <translation>卷“%1”已删除</translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation>请输入%1的路径。</translation>
    </message>
    <message>
        <source>The %1 path must be absolute (start with /).</source>
        <translation>%1路径必须是绝对路径(以 / 开头)。</translation>
    </message>
    <message>
        <source>Checking the %1 %2…</source>
        <translation>正在检查%1 %2…</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>The %1 %2 is not a file.</source>
        <translation>%1 %2 不是文件。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read.</source>
        <translation>%1 %2 无法读取。</translation>
    </message>
    <message>
        <source>Choose a host.</source>
        <translation>请选择宿主机。</translation>
    </message>
    <message>
        <source>Waiting for the host&apos;s capabilities…</source>
        <translation>正在等待宿主机的能力信息…</translation>
    </message>
    <message>
        <source>This host offers no architecture for full virtual machines.</source>
        <translation>此宿主机不提供用于全虚拟化虚拟机的架构。</translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation>ISO 镜像</translation>
    </message>
    <message>
        <source>disk image</source>
        <translation>磁盘镜像</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>The hypervisor allows at most %1 vCPUs.</source>
        <translation>虚拟机管理程序最多允许 %1 个 vCPU。</translation>
    </message>
    <message>
        <source>The host has only %1 of memory; the maximum cannot exceed it.</source>
        <translation>宿主机只有 %1 内存;最大值不能超过它。</translation>
    </message>
    <message>
        <source>More vCPUs than the host has CPUs: the guest will run slower.</source>
        <translation>vCPU 数多于宿主机的 CPU 数:客户机会运行得更慢。</translation>
    </message>
    <message>
        <source>The host has only %1 available now; the machine may not start.</source>
        <translation>宿主机现在只有 %1 可用;虚拟机可能无法启动。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>正在读取宿主机的存储池…</translation>
    </message>
    <message>
        <source>This host has no active storage pool: choose an existing file or no disk.</source>
        <translation>此宿主机没有活动的存储池:请选择一个已有文件,或不使用磁盘。</translation>
    </message>
    <message>
        <source>The pool &apos;%1&apos; has only %2 free; a raw disk of %3 needs all of it now.</source>
        <translation>存储池“%1”只剩 %2 可用;%3 的 raw 磁盘现在就需要全部空间。</translation>
    </message>
    <message>
        <source>Note: the pool has only %1 free; the qcow2 disk can fill it.</source>
        <translation>注意:存储池只剩 %1 可用;qcow2 磁盘可能会占满它。</translation>
    </message>
    <message>
        <source>Enter the path of the disk image, or choose a volume.</source>
        <translation>请输入磁盘镜像的路径,或选择一个卷。</translation>
    </message>
    <message>
        <source>The disk path must be absolute (start with /).</source>
        <translation>磁盘路径必须是绝对路径(以 / 开头)。</translation>
    </message>
    <message>
        <source>Checking the disk image %1…</source>
        <translation>正在检查磁盘镜像 %1…</translation>
    </message>
    <message>
        <source>The disk image %1 does not exist.</source>
        <translation>磁盘镜像 %1 不存在。</translation>
    </message>
    <message>
        <source>An earlier step needs attention: %1</source>
        <translation>前面的步骤需要处理:%1</translation>
    </message>
    <message>
        <source>A virtual machine named &apos;%1&apos; already exists on this host.</source>
        <translation>此宿主机上已有名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>The pool &apos;%1&apos; already has a volume named &apos;%2&apos;: choose another name.</source>
        <translation>存储池“%1”中已有名为“%2”的卷:请换一个名称。</translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>插槽、核心和线程都必须至少为 1。</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 vCPUs; that must equal the maximum vCPUs (%5).</source>
        <translation>%1 个插槽 × %2 个核心 × %3 个线程 = %4 个 vCPU;必须等于最大 vCPU 数(%5)。</translation>
    </message>
    <message>
        <source>%1 domain %2</source>
        <translation>%1虚拟机 %2</translation>
    </message>
    <message>
        <source>%1 domain &apos;%2&apos;</source>
        <translation>%1虚拟机“%2”</translation>
    </message>
    <message>
        <source>Define domain from XML</source>
        <translation>从 XML 定义虚拟机</translation>
    </message>
    <message>
        <source>Read the XML of domain %1</source>
        <translation>读取虚拟机 %1 的 XML</translation>
    </message>
    <message>
        <source>cannot tell whether the domain is running (%1); nothing was changed</source>
        <translation>无法判断该虚拟机是否在运行(%1);未做任何更改</translation>
    </message>
    <message>
        <source>cannot tell whether the domain has a definition (%1); nothing was changed</source>
        <translation>无法判断该虚拟机是否有定义(%1);未做任何更改</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1 private</source>
        <translation>无法将备份文件夹 %1 设为私有</translation>
    </message>
    <message>
        <source>Delete domain %1</source>
        <translation>删除虚拟机 %1</translation>
    </message>
    <message>
        <source>Delete domain &apos;%1&apos;</source>
        <translation>删除虚拟机“%1”</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1:%2</translation>
    </message>
    <message>
        <source>Read domain %1</source>
        <translation>读取虚拟机 %1</translation>
    </message>
    <message>
        <source>Change the title of %1</source>
        <translation>更改 %1 的标题</translation>
    </message>
    <message>
        <source>Change the title and description of &apos;%1&apos;</source>
        <translation>更改“%1”的标题和描述</translation>
    </message>
    <message>
        <source>the title must be a single line</source>
        <translation>标题必须是单行</translation>
    </message>
    <message>
        <source>the domain is transient: it has no definition to change</source>
        <translation>该虚拟机是临时的:没有可更改的定义</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Start &apos;%1&apos; with software emulation</source>
        <translation>以软件模拟启动“%1”</translation>
    </message>
    <message>
        <source>Change the vCPUs of %1</source>
        <translation>更改 %1 的 vCPU</translation>
    </message>
    <message>
        <source>Set the vCPUs of &apos;%1&apos; to %2</source>
        <translation>将“%1”的 vCPU 设为 %2</translation>
    </message>
    <message>
        <source>a domain needs at least one vCPU</source>
        <translation>虚拟机至少需要一个 vCPU</translation>
    </message>
    <message>
        <source>Change the maximum vCPUs of %1</source>
        <translation>更改 %1 的最大 vCPU 数</translation>
    </message>
    <message>
        <source>Set the maximum vCPUs of &apos;%1&apos; to %2</source>
        <translation>将“%1”的最大 vCPU 数设为 %2</translation>
    </message>
    <message>
        <source>Read the vCPUs of %1</source>
        <translation>读取 %1 的 vCPU</translation>
    </message>
    <message>
        <source>Change the memory of %1</source>
        <translation>更改 %1 的内存</translation>
    </message>
    <message>
        <source>Set the memory of &apos;%1&apos; to %2 MiB</source>
        <translation>将“%1”的内存设为 %2 MiB</translation>
    </message>
    <message>
        <source>the memory cannot be zero</source>
        <translation>内存不能为零</translation>
    </message>
    <message>
        <source>Change the maximum memory of %1</source>
        <translation>更改 %1 的最大内存</translation>
    </message>
    <message>
        <source>Set the maximum memory of &apos;%1&apos; to %2 MiB</source>
        <translation>将“%1”的最大内存设为 %2 MiB</translation>
    </message>
    <message>
        <source>Set the memory statistics period of %1</source>
        <translation>设置 %1 的内存统计周期</translation>
    </message>
    <message>
        <source>Set the memory statistics period of &apos;%1&apos;</source>
        <translation>设置“%1”的内存统计周期</translation>
    </message>
    <message>
        <source>Read the memory statistics of %1</source>
        <translation>读取 %1 的内存统计</translation>
    </message>
    <message>
        <source>Change autostart of %1</source>
        <translation>更改 %1 的自动启动</translation>
    </message>
    <message>
        <source>Change autostart of &apos;%1&apos;</source>
        <translation>更改“%1”的自动启动</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1(自动)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>the host&apos;s default</source>
        <translation>宿主机的默认值</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>network %1 (%2)</source>
        <translation>网络 %1(%2)</translation>
    </message>
    <message>
        <source>a UNIX socket on the host</source>
        <translation>宿主机上的 UNIX 套接字</translation>
    </message>
    <message>
        <source>nowhere (only through libvirt)</source>
        <translation>无(只能通过 libvirt)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>光驱 %1</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>软驱 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>可共享</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>宿主机设备</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>显卡 %1</translation>
    </message>
    <message>
        <source>Video RAM</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>显示头数</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>内存气球</translation>
    </message>
    <message>
        <source>Statistics period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>控制台 %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>引导顺序</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Read the domain XML</source>
        <translation>读取虚拟机 XML</translation>
    </message>
    <message>
        <source>Change the boot options</source>
        <translation>更改引导选项</translation>
    </message>
    <message>
        <source>unknown boot device &apos;%1&apos;</source>
        <translation>未知的引导设备“%1”</translation>
    </message>
    <message>
        <source>an initrd or kernel arguments need a kernel path</source>
        <translation>initrd 或内核参数需要内核路径</translation>
    </message>
    <message>
        <source>Change the vCPU maximum and topology</source>
        <translation>更改 vCPU 最大值和拓扑</translation>
    </message>
    <message>
        <source>the domain has no &lt;vcpu&gt; element</source>
        <translation>该虚拟机没有 &lt;vcpu&gt; 元素</translation>
    </message>
    <message>
        <source>Apply the edited XML</source>
        <translation>应用编辑后的 XML</translation>
    </message>
    <message>
        <source>the &lt;uuid&gt; element is missing; it must stay %1</source>
        <translation>缺少 &lt;uuid&gt; 元素;它必须保持为 %1</translation>
    </message>
    <message>
        <source>the UUID was changed to %1; it must stay %2</source>
        <translation>UUID 被改成了 %1;它必须保持为 %2</translation>
    </message>
    <message>
        <source>the &lt;name&gt; element is missing</source>
        <translation>缺少 &lt;name&gt; 元素</translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot take internal snapshots of a UEFI guest (that needs libvirt %2 or newer); take a disk-only snapshot</source>
        <translation>此宿主机上的 libvirt %1 无法为 UEFI 客户机创建内部快照(需要 libvirt %2 或更新版本);请创建仅磁盘快照</translation>
    </message>
    <message>
        <source>disk %1 is %2, not qcow2: an internal snapshot needs every writable disk in qcow2</source>
        <translation>磁盘 %1 是 %2 格式,不是 qcow2:内部快照要求每个可写磁盘都是 qcow2</translation>
    </message>
    <message>
        <source>of unknown format</source>
        <translation>格式未知</translation>
    </message>
    <message>
        <source>disk %1 is not a file (%2): there is nowhere beside it for an overlay file</source>
        <translation>磁盘 %1 不是文件(%2):旁边没有地方放覆盖层文件</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>the domain has no writable disk to take a snapshot of</source>
        <translation>该虚拟机没有可创建快照的可写磁盘</translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot revert to an external snapshot (that needs libvirt %2 or newer)</source>
        <translation>此宿主机上的 libvirt %1 无法恢复到外部快照(需要 libvirt %2 或更新版本)</translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot delete an external snapshot (that needs libvirt %2 or newer); delete its metadata only</source>
        <translation>此宿主机上的 libvirt %1 无法删除外部快照(需要 libvirt %2 或更新版本);请只删除其元数据</translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot delete an external snapshot together with its children; delete them one by one, the newest first</source>
        <translation>此宿主机上的 libvirt %1 无法将外部快照连同其子快照一起删除;请从最新的开始逐个删除</translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation>列出 %1 的快照</translation>
    </message>
    <message>
        <source>List the snapshots of &apos;%1&apos;</source>
        <translation>列出“%1”的快照</translation>
    </message>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>为 %1 创建快照</translation>
    </message>
    <message>
        <source>Take snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>为“%2”创建快照“%1”</translation>
    </message>
    <message>
        <source>Revert %1 to a snapshot</source>
        <translation>将 %1 恢复到快照</translation>
    </message>
    <message>
        <source>Revert &apos;%1&apos; to snapshot &apos;%2&apos;</source>
        <translation>将“%1”恢复到快照“%2”</translation>
    </message>
    <message>
        <source>Take snapshot &apos;%1&apos; of &apos;%2&apos; before reverting it; nothing was reverted</source>
        <translation>恢复前为“%2”创建快照“%1”失败;未做任何恢复</translation>
    </message>
    <message>
        <source>Delete a snapshot of %1</source>
        <translation>删除 %1 的快照</translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>删除“%2”的快照“%1”</translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos; of &apos;%2&apos; with its children</source>
        <translation>删除“%2”的快照“%1”及其子快照</translation>
    </message>
    <message>
        <source>Delete the metadata of snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>删除“%2”的快照“%1”的元数据</translation>
    </message>
    <message>
        <source>Read the snapshot XML</source>
        <translation>读取快照 XML</translation>
    </message>
    <message>
        <source>the snapshot has no name</source>
        <translation>该快照没有名称</translation>
    </message>
    <message>
        <source>the snapshot needs a name</source>
        <translation>快照需要一个名称</translation>
    </message>
    <message>
        <source>the name cannot begin or end with a space</source>
        <translation>名称不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>the name cannot contain a slash (/)</source>
        <translation>名称不能包含斜杠(/)</translation>
    </message>
    <message>
        <source>the name cannot begin with a dot</source>
        <translation>名称不能以点开头</translation>
    </message>
    <message>
        <source>there is already a snapshot called &apos;%1&apos;</source>
        <translation>已有名为“%1”的快照</translation>
    </message>
    <message>
        <source>Switch to software emulation</source>
        <translation>切换到软件模拟</translation>
    </message>
    <message>
        <source>the domain is not a kvm domain</source>
        <translation>该虚拟机不是 kvm 虚拟机</translation>
    </message>
    <message>
        <source>List the virtual networks</source>
        <translation>列出虚拟网络</translation>
    </message>
    <message>
        <source>Start the virtual network &apos;%1&apos;</source>
        <translation>启动虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Start the virtual network &apos;%1&apos; with the host</source>
        <translation>让虚拟网络“%1”随宿主机启动</translation>
    </message>
    <message>
        <source>unknown libvirt error</source>
        <translation>未知的 libvirt 错误</translation>
    </message>
    <message>
        <source>Read domain &apos;%1&apos;</source>
        <translation>读取虚拟机“%1”</translation>
    </message>
    <message>
        <source>Read the host&apos;s capabilities</source>
        <translation>读取宿主机的能力信息</translation>
    </message>
    <message>
        <source>Authentication cancelled. Connect again to log in.</source>
        <translation>认证已取消。请重新连接以登录。</translation>
    </message>
    <message>
        <source>The host asks for credentials, but nothing in Vireo is there to ask you for them, so it was not connected.</source>
        <translation>宿主机要求提供凭据,但 Vireo 中没有可以向您询问凭据的地方,因此未连接。</translation>
    </message>
    <message>
        <source>Authentication failed: %1. Connect again to try other credentials.</source>
        <translation>认证失败:%1。请重新连接以尝试其他凭据。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>enter a libvirt URI, for example qemu:///system</source>
        <translation>请输入 libvirt URI,例如 qemu:///system</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a libvirt URI (driver[+transport]://[user@][host][:port]/path)</source>
        <translation>“%1”不是 libvirt URI(driver[+transport]://[user@][host][:port]/path)</translation>
    </message>
    <message>
        <source>the fixture file must be an absolute path</source>
        <translation>fixture 文件必须是绝对路径</translation>
    </message>
    <message>
        <source>the fixture file %1 does not exist</source>
        <translation>fixture 文件 %1 不存在</translation>
    </message>
    <message>
        <source>enter the remote host&apos;s name or address</source>
        <translation>请输入远程宿主机的名称或地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>“%1”不是有效的主机名或地址</translation>
    </message>
    <message>
        <source>the user name may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>用户名只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>Read the domain capabilities</source>
        <translation>读取虚拟机能力信息</translation>
    </message>
    <message>
        <source>Read the %1 domain capabilities of %2</source>
        <translation>读取 %2 的 %1 虚拟机能力信息</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1(您)</translation>
    </message>
    <message>
        <source>%1 (uid %2, gid %3)</source>
        <translation>%1(uid %2,gid %3)</translation>
    </message>
    <message>
        <source>the host is not connected</source>
        <translation>宿主机未连接</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Subscribe to domain events on %1</source>
        <translation>订阅 %1 上的虚拟机事件</translation>
    </message>
    <message>
        <source>the connection failed (I/O error)</source>
        <translation>连接失败(I/O 错误)</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>宿主机关闭了连接</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation>宿主机停止了应答(keepalive 超时)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>This is libvirt&apos;s test driver: its guests are simulated, and nothing runs on a processor.</source>
        <translation>这是 libvirt 的测试驱动:其中的客户机是模拟的,没有任何东西在处理器上运行。</translation>
    </message>
    <message>
        <source>KVM concerns QEMU hosts; this host uses the %1 driver.</source>
        <translation>KVM 只与 QEMU 宿主机有关;此宿主机使用 %1 驱动。</translation>
    </message>
    <message>
        <source>another</source>
        <translation>另一个</translation>
    </message>
    <message>
        <source>the user QEMU runs as</source>
        <translation>QEMU 运行时所用的用户</translation>
    </message>
    <message>
        <source>Switch on VT-x or AMD-V in the firmware setup; inside a VM, enable nested virtualization in the outer hypervisor.</source>
        <translation>请在固件设置(BIOS)中开启 VT-x 或 AMD-V;如果在虚拟机内,请在外层虚拟机管理程序中开启嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Load the kvm module: modprobe kvm_intel (or kvm_amd).</source>
        <translation>加载 kvm 模块:modprobe kvm_intel(或 kvm_amd)。</translation>
    </message>
    <message>
        <source>Add %1 to the kvm group (usermod -aG kvm %2), or give the device to that group: chgrp kvm /dev/kvm; chmod 660 /dev/kvm, kept across reboots by a udev rule: KERNEL==&quot;kvm&quot;, GROUP=&quot;kvm&quot;, MODE=&quot;0660&quot;. Then restart libvirtd.</source>
        <translation>将 %1 加入 kvm 组(usermod -aG kvm %2),或把设备交给该组:chgrp kvm /dev/kvm; chmod 660 /dev/kvm,并用 udev 规则在重启后保持:KERNEL==&quot;kvm&quot;, GROUP=&quot;kvm&quot;, MODE=&quot;0660&quot;。然后重启 libvirtd。</translation>
    </message>
    <message>
        <source>Add %1 to the kvm group (usermod -aG kvm %2) and log in again.</source>
        <translation>将 %1 加入 kvm 组(usermod -aG kvm %2)并重新登录。</translation>
    </message>
    <message>
        <source>Root can open /dev/kvm but %1 cannot. libvirt then finds KVM usable and QEMU does not, so libvirt probes QEMU again on every call: every action on this host takes seconds.</source>
        <translation>root 能打开 /dev/kvm,但 %1 不能。于是 libvirt 认为 KVM 可用而 QEMU 不能用,libvirt 每次调用都会重新探测 QEMU:此宿主机上的每个操作都要花好几秒。</translation>
    </message>
    <message>
        <source>guests run under software emulation (QEMU), slowly.</source>
        <translation>客户机将以软件模拟(QEMU)运行,速度很慢。</translation>
    </message>
    <message>
        <source>No KVM: this CPU has neither vmx nor svm, so %1</source>
        <translation>没有 KVM:此 CPU 既没有 vmx 也没有 svm,所以%1</translation>
    </message>
    <message>
        <source>No KVM: /dev/kvm does not exist, so %1</source>
        <translation>没有 KVM:/dev/kvm 不存在,所以%1</translation>
    </message>
    <message>
        <source>No KVM: %1 cannot open /dev/kvm (%2), so %3</source>
        <translation>没有 KVM:%1 无法打开 /dev/kvm(%2),所以%3</translation>
    </message>
    <message>
        <source>No KVM: libvirt does not offer it (%1), so %2</source>
        <translation>没有 KVM:libvirt 不提供它(%1),所以%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>KVM: libvirt offers it and the CPU has %1; /dev/kvm cannot be checked from here (remote host).</source>
        <translation>KVM:libvirt 提供它,CPU 具有 %1;从这里无法检查 /dev/kvm(远程宿主机)。</translation>
    </message>
    <message>
        <source>an unknown flag set</source>
        <translation>某个未知标志</translation>
    </message>
    <message>
        <source>KVM: libvirt offers it; the CPU&apos;s flags could not be read.</source>
        <translation>KVM:libvirt 提供它;无法读取 CPU 的标志。</translation>
    </message>
    <message>
        <source>KVM: the CPU has %1 and /dev/kvm is usable, so guests run at near native speed.</source>
        <translation>KVM:CPU 具有 %1 且 /dev/kvm 可用,客户机能以接近原生的速度运行。</translation>
    </message>
    <message>
        <source>CPU virtualization extensions (vmx / svm)</source>
        <translation>CPU 虚拟化扩展(vmx / svm)</translation>
    </message>
    <message>
        <source>KVM needs the processor&apos;s virtualization extensions: vmx on Intel (VT-x), svm on AMD (AMD-V). They can be switched off in the firmware setup, and are usually hidden inside a VM.</source>
        <translation>KVM 需要处理器的虚拟化扩展:Intel 上是 vmx(VT-x),AMD 上是 svm(AMD-V)。它们可以在固件设置(BIOS)中关闭,在虚拟机内通常是隐藏的。</translation>
    </message>
    <message>
        <source>/proc/cpuinfo</source>
        <translation>/proc/cpuinfo</translation>
    </message>
    <message>
        <source>the host&apos;s capabilities</source>
        <translation>宿主机的能力信息</translation>
    </message>
    <message>
        <source>vmx present (Intel VT-x), from %1</source>
        <translation>有 vmx(Intel VT-x),来自 %1</translation>
    </message>
    <message>
        <source>svm present (AMD-V), from %1</source>
        <translation>有 svm(AMD-V),来自 %1</translation>
    </message>
    <message>
        <source>neither vmx nor svm in %1: this CPU cannot run KVM guests</source>
        <translation>%1 中既没有 vmx 也没有 svm:此 CPU 无法运行 KVM 客户机</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>KVM kernel module</source>
        <translation>KVM 内核模块</translation>
    </message>
    <message>
        <source>The kvm module, with kvm_intel or kvm_amd, is the part of Linux that runs guests on the CPU directly.</source>
        <translation>kvm 模块(加上 kvm_intel 或 kvm_amd)是 Linux 中直接在 CPU 上运行客户机的部分。</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>已加载:%1</translation>
    </message>
    <message>
        <source>only %1 is loaded; the vendor module (kvm_intel or kvm_amd) is missing</source>
        <translation>只加载了 %1;缺少厂商模块(kvm_intel 或 kvm_amd)</translation>
    </message>
    <message>
        <source>built into the kernel</source>
        <translation>内置于内核</translation>
    </message>
    <message>
        <source>not loaded (try: modprobe kvm_intel or modprobe kvm_amd)</source>
        <translation>未加载(试试:modprobe kvm_intel 或 modprobe kvm_amd)</translation>
    </message>
    <message>
        <source>/dev/kvm</source>
        <translation>/dev/kvm</translation>
    </message>
    <message>
        <source>QEMU opens /dev/kvm to use KVM. It must exist and be readable and writable by the user QEMU runs as (usually through the kvm group).</source>
        <translation>QEMU 打开 /dev/kvm 来使用 KVM。它必须存在,并且 QEMU 运行时所用的用户能读写它(通常通过 kvm 组)。</translation>
    </message>
    <message>
        <source>%1 can open it (%2), but without vmx or svm KVM cannot run guests</source>
        <translation>%1 能打开它(%2),但没有 vmx 或 svm,KVM 无法运行客户机</translation>
    </message>
    <message>
        <source>%1 can open it (%2)</source>
        <translation>%1 能打开它(%2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>root can open it (%1), but %2 cannot</source>
        <translation>root 能打开它(%1),但 %2 不能</translation>
    </message>
    <message>
        <source>%1 cannot open it (%2)</source>
        <translation>%1 无法打开它(%2)</translation>
    </message>
    <message>
        <source>the user QEMU runs as is not known (no DAC label)</source>
        <translation>不知道 QEMU 以哪个用户运行(没有 DAC 标签)</translation>
    </message>
    <message>
        <source>cannot be checked from here: this is a remote host</source>
        <translation>从这里无法检查:这是远程宿主机</translation>
    </message>
    <message>
        <source>Virtualization types offered by libvirt</source>
        <translation>libvirt 提供的虚拟化类型</translation>
    </message>
    <message>
        <source>kvm runs guests at near-native speed. qemu (TCG) emulates the CPU in software: it works everywhere, but is many times slower.</source>
        <translation>kvm 以接近原生的速度运行客户机。qemu(TCG)用软件模拟 CPU:在哪里都能运行,但慢很多倍。</translation>
    </message>
    <message>
        <source>kvm and qemu</source>
        <translation>kvm 和 qemu</translation>
    </message>
    <message>
        <source>kvm</source>
        <translation>kvm</translation>
    </message>
    <message>
        <source>libvirt offers kvm%1, but KVM is not usable here (see above): use qemu</source>
        <translation>libvirt 提供 kvm%1,但这里 KVM 不可用(见上文):请使用 qemu</translation>
    </message>
    <message>
        <source> and qemu</source>
        <translation> 和 qemu</translation>
    </message>
    <message>
        <source>qemu only (software emulation): %1</source>
        <translation>只有 qemu(软件模拟):%1</translation>
    </message>
    <message>
        <source>this host offers neither kvm nor qemu (%1)</source>
        <translation>此宿主机既不提供 kvm 也不提供 qemu(%1)</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver</source>
        <translation>libvirt 的测试驱动</translation>
    </message>
    <message>
        <source>Hypervisor driver</source>
        <translation>虚拟机管理程序驱动</translation>
    </message>
    <message>
        <source>simulated domains: there is no processor, /dev/kvm or hypervisor to check</source>
        <translation>模拟的虚拟机:没有处理器、/dev/kvm 或虚拟机管理程序可检查</translation>
    </message>
    <message>
        <source>The test driver keeps its domains in memory and simulates their states; it is for trying Vireo out.</source>
        <translation>测试驱动把虚拟机保存在内存中并模拟它们的状态;它用于试用 Vireo。</translation>
    </message>
    <message>
        <source>CPU extensions and /dev/kvm matter to QEMU/KVM hosts only.</source>
        <translation>CPU 扩展和 /dev/kvm 只与 QEMU/KVM 宿主机有关。</translation>
    </message>
    <message>
        <source>Every action on this host is slow: see /dev/kvm.</source>
        <translation>此宿主机上的每个操作都很慢:见 /dev/kvm。</translation>
    </message>
    <message>
        <source>Check virtualization support</source>
        <translation>检查虚拟化支持</translation>
    </message>
    <message>
        <source>Read storage pool &apos;%1&apos;</source>
        <translation>读取存储池“%1”</translation>
    </message>
    <message>
        <source>Read volume &apos;%1&apos;</source>
        <translation>读取卷“%1”</translation>
    </message>
    <message>
        <source>Create volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation>在存储池“%2”中创建卷“%1”</translation>
    </message>
    <message>
        <source>List the storage pools</source>
        <translation>列出存储池</translation>
    </message>
    <message>
        <source>List the volumes of pool &apos;%1&apos;</source>
        <translation>列出存储池“%1”的卷</translation>
    </message>
    <message>
        <source>Find the volume %1</source>
        <translation>查找卷 %1</translation>
    </message>
    <message>
        <source>Read the volume %1</source>
        <translation>读取卷 %1</translation>
    </message>
    <message>
        <source>Create volume &apos;%1&apos;</source>
        <translation>创建卷“%1”</translation>
    </message>
    <message>
        <source>Allocate volume &apos;%1&apos;</source>
        <translation>为卷“%1”分配空间</translation>
    </message>
    <message>
        <source>(and the partial volume could not be deleted: %1)</source>
        <translation>(且未能删除不完整的卷:%1)</translation>
    </message>
    <message>
        <source>Start storage pool &apos;%1&apos;</source>
        <translation>启动存储池“%1”</translation>
    </message>
    <message>
        <source>Stop storage pool &apos;%1&apos;</source>
        <translation>停止存储池“%1”</translation>
    </message>
    <message>
        <source>Refresh storage pool &apos;%1&apos;</source>
        <translation>刷新存储池“%1”</translation>
    </message>
    <message>
        <source>Start storage pool &apos;%1&apos; with the host</source>
        <translation>让存储池“%1”随宿主机启动</translation>
    </message>
    <message>
        <source>Stop starting storage pool &apos;%1&apos; with the host</source>
        <translation>不再让存储池“%1”随宿主机启动</translation>
    </message>
    <message>
        <source>Delete the storage of pool &apos;%1&apos;</source>
        <translation>删除存储池“%1”的存储</translation>
    </message>
    <message>
        <source>Remove the definition of storage pool &apos;%1&apos;</source>
        <translation>删除存储池“%1”的定义</translation>
    </message>
    <message>
        <source>Ask the host which storage pool types it supports</source>
        <translation>询问宿主机支持哪些存储池类型</translation>
    </message>
    <message>
        <source>Define storage pool &apos;%1&apos;</source>
        <translation>定义存储池“%1”</translation>
    </message>
    <message>
        <source>Define a storage pool</source>
        <translation>定义存储池</translation>
    </message>
    <message>
        <source>give the pool a name</source>
        <translation>请为存储池命名</translation>
    </message>
    <message>
        <source>a pool name cannot contain &apos;/&apos; or start or end with a space</source>
        <translation>存储池名称不能包含“/”,也不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>the host already has a pool named &apos;%1&apos;</source>
        <translation>宿主机上已有名为“%1”的存储池</translation>
    </message>
    <message>
        <source>the folder must be an absolute path on the host, like /var/lib/libvirt/images</source>
        <translation>文件夹必须是宿主机上的绝对路径,例如 /var/lib/libvirt/images</translation>
    </message>
    <message>
        <source>(and its definition could not be removed: %1)</source>
        <translation>(且未能删除其定义:%1)</translation>
    </message>
    <message>
        <source>Create the folder %1 of pool &apos;%2&apos;</source>
        <translation>创建存储池“%2”的文件夹 %1</translation>
    </message>
    <message>
        <source>Resize volume &apos;%1&apos;</source>
        <translation>调整卷“%1”的大小</translation>
    </message>
    <message>
        <source>a volume needs a size above zero</source>
        <translation>卷的大小必须大于零</translation>
    </message>
    <message>
        <source>it already has %1</source>
        <translation>它已经是 %1</translation>
    </message>
    <message>
        <source>%1 is running with it; shut the guest down before shrinking its disk, and shrink its file system first</source>
        <translation>%1 正在使用它运行;缩小磁盘前请先关闭客户机,并先缩小其文件系统</translation>
    </message>
    <message>
        <source>%1 uses this volume: the guest must grow its own partition and file system to use the new space (after a restart, the disk shows the new size).</source>
        <translation>%1 使用此卷:客户机必须自己扩大分区和文件系统才能使用新空间(重启后磁盘显示新大小)。</translation>
    </message>
    <message>
        <source>Resize volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation>调整存储池“%2”中卷“%1”的大小</translation>
    </message>
    <message>
        <source>Wipe volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation>擦除存储池“%2”中的卷“%1”</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: %2</source>
        <translation>&lt;%1&gt;:%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size</source>
        <translation>“%1”不是大小</translation>
    </message>
    <message>
        <source>%1 %2 is too large</source>
        <translation>%1 %2 太大</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>Read a storage pool&apos;s XML</source>
        <translation>读取存储池的 XML</translation>
    </message>
    <message>
        <source>Read a volume&apos;s XML</source>
        <translation>读取卷的 XML</translation>
    </message>
    <message>
        <source>Read the host&apos;s storage pool types</source>
        <translation>读取宿主机的存储池类型</translation>
    </message>
    <message>
        <source>Upload %1 into pool &apos;%2&apos;</source>
        <translation>将 %1 上传到存储池“%2”</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>上传 %1</translation>
    </message>
    <message>
        <source>the file ended early: %1</source>
        <translation>文件提前结束:%1</translation>
    </message>
    <message>
        <source>the new volume could not be read</source>
        <translation>无法读取新卷</translation>
    </message>
    <message>
        <source>Send to the text console</source>
        <translation>发送到文本控制台</translation>
    </message>
    <message>
        <source>Read the text console</source>
        <translation>读取文本控制台</translation>
    </message>
    <message>
        <source>the console stream failed</source>
        <translation>控制台数据流失败</translation>
    </message>
    <message>
        <source>Open the text console of %1</source>
        <translation>打开 %1 的文本控制台</translation>
    </message>
    <message>
        <source>Send SysRq to %1</source>
        <translation>向 %1 发送 SysRq</translation>
    </message>
    <message>
        <source>unknown SysRq key</source>
        <translation>未知的 SysRq 键</translation>
    </message>
    <message>
        <source>Read the consoles of %1</source>
        <translation>读取 %1 的控制台</translation>
    </message>
    <message>
        <source>Unknown firmware &apos;%1&apos;.</source>
        <translation>未知的固件“%1”。</translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI firmware.</source>
        <translation>安全启动需要 UEFI 固件。</translation>
    </message>
    <message>
        <source>%1 of %2 clones made.</source>
        <translation>已创建 %1 / %2 个克隆。</translation>
    </message>
    <message>
        <source>%1 was made but did not start: %2</source>
        <translation>%1 已创建,但未能启动:%2</translation>
    </message>
    <message>
        <source>%1 failed (undone): %2</source>
        <translation>%1 失败(已撤销):%2</translation>
    </message>
    <message>
        <source>Cancelled; not made: %1</source>
        <translation>已取消;未创建:%1</translation>
    </message>
    <message>
        <source>Read the domain to clone</source>
        <translation>读取要克隆的虚拟机</translation>
    </message>
    <message>
        <source>%1 has no image to copy</source>
        <translation>%1 没有可复制的镜像</translation>
    </message>
    <message>
        <source>%1 (%2) is in no storage pool, so no volume can be made from it</source>
        <translation>%1(%2)不在任何存储池中,所以无法从它创建卷</translation>
    </message>
    <message>
        <source>Clone to &apos;%1&apos;</source>
        <translation>克隆为“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: shut it down or pause it first, so that its disks do not change during the copy</source>
        <translation>“%1”处于%2状态:请先将其关机或暂停,以免复制期间其磁盘发生变化</translation>
    </message>
    <message>
        <source>a domain named &apos;%1&apos; exists on this host</source>
        <translation>此宿主机上已有名为“%1”的虚拟机</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 disks now, the clone&apos;s plan %3 (it changed: look again)</source>
        <translation>“%1”现在有 %2 个磁盘,克隆计划中是 %3 个(它已改变:请重新查看)</translation>
    </message>
    <message>
        <source>a volume named &apos;%1&apos; exists in pool &apos;%2&apos;</source>
        <translation>存储池“%2”中已有名为“%1”的卷</translation>
    </message>
    <message>
        <source>Undo the clone</source>
        <translation>撤销克隆</translation>
    </message>
    <message>
        <source>undefine the clone</source>
        <translation>取消定义克隆</translation>
    </message>
    <message>
        <source>volume &apos;%1&apos; of pool &apos;%2&apos; stays (%3)</source>
        <translation>存储池“%2”的卷“%1”保留(%3)</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 保留</translation>
    </message>
    <message>
        <source>Clone disk %1 of &apos;%2&apos;</source>
        <translation>克隆“%2”的磁盘 %1</translation>
    </message>
    <message>
        <source>Copy the UEFI variables of &apos;%1&apos;</source>
        <translation>复制“%1”的 UEFI 变量</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>the UEFI variables of the original (%1) are neither a volume nor readable here; the clone starts with fresh ones</source>
        <translation>原虚拟机的 UEFI 变量(%1)既不是卷,在这里也无法读取;克隆以全新的变量启动</translation>
    </message>
    <message>
        <source>Define the clone &apos;%1&apos;</source>
        <translation>定义克隆“%1”</translation>
    </message>
    <message>
        <source>Start the clone &apos;%1&apos;</source>
        <translation>启动克隆“%1”</translation>
    </message>
    <message>
        <source>; undoing it failed: %1</source>
        <translation>;撤销失败:%1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; starts or ends with a space</source>
        <translation>名称“%1”以空格开头或结尾</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; contains &apos;/&apos;</source>
        <translation>名称“%1”包含“/”</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; contains a control character</source>
        <translation>名称“%1”包含控制字符</translation>
    </message>
    <message>
        <source>Expand the name pattern &apos;%1&apos;</source>
        <translation>展开名称模式“%1”</translation>
    </message>
    <message>
        <source>it has no range; write one such as {01..20}</source>
        <translation>它没有范围;请写一个,例如 {01..20}</translation>
    </message>
    <message>
        <source>it has more than one range; write one, such as {01..20}</source>
        <translation>它有多个范围;请只写一个,例如 {01..20}</translation>
    </message>
    <message>
        <source>the range&apos;s bounds are too large</source>
        <translation>范围的边界太大</translation>
    </message>
    <message>
        <source>it makes %1 names; one batch makes at most %2</source>
        <translation>它生成 %1 个名称;一批最多生成 %2 个</translation>
    </message>
    <message>
        <source>Write the clone&apos;s definition</source>
        <translation>写入克隆的定义</translation>
    </message>
    <message>
        <source>the clone has no name</source>
        <translation>克隆没有名称</translation>
    </message>
    <message>
        <source>a copied or linked disk has no new volume</source>
        <translation>复制或链接的磁盘没有新卷</translation>
    </message>
    <message>
        <source>the domain has %1 disks, the clone&apos;s plan %2</source>
        <translation>该虚拟机有 %1 个磁盘,克隆计划中是 %2 个</translation>
    </message>
    <message>
        <source>the domain has %1 network interfaces with a MAC, the clone&apos;s plan %2</source>
        <translation>该虚拟机有 %1 个带 MAC 的网络接口,克隆计划中是 %2 个</translation>
    </message>
    <message>
        <source>empty drive</source>
        <translation>空驱动器</translation>
    </message>
    <message>
        <source>an ISO or CD-ROM image, which other machines may use</source>
        <translation>ISO 或光盘镜像,其他虚拟机可能在用</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation>%1 也在用</translation>
    </message>
    <message>
        <source>the backing file of a linked clone, which needs it</source>
        <translation>链接克隆的后备文件,该克隆需要它</translation>
    </message>
    <message>
        <source>the backing file of %1 linked clones, which need it</source>
        <translation>%1 个链接克隆的后备文件,它们需要它</translation>
    </message>
    <message>
        <source>in no storage pool: Vireo deletes volumes only</source>
        <translation>不在任何存储池中:Vireo 只删除卷</translation>
    </message>
    <message>
        <source>Read the domain to delete</source>
        <translation>读取要删除的虚拟机</translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos;</source>
        <translation>删除卷“%1”</translation>
    </message>
    <message>
        <source>Add a device to %1</source>
        <translation>向 %1 添加设备</translation>
    </message>
    <message>
        <source>Add a device to &apos;%1&apos;</source>
        <translation>向“%1”添加设备</translation>
    </message>
    <message>
        <source>Change a device of %1</source>
        <translation>更改 %1 的设备</translation>
    </message>
    <message>
        <source>Change a device of &apos;%1&apos;</source>
        <translation>更改“%1”的设备</translation>
    </message>
    <message>
        <source>Remove a device of %1</source>
        <translation>移除 %1 的设备</translation>
    </message>
    <message>
        <source>Remove a device of &apos;%1&apos;</source>
        <translation>移除“%1”的设备</translation>
    </message>
    <message>
        <source>%1 was removed from the running guest and from the configuration.</source>
        <translation>%1 已从运行中的客户机和配置中移除。</translation>
    </message>
    <message>
        <source>%1 was removed from the running guest; the configuration still has it, so it comes back at the next start.</source>
        <translation>%1 已从运行中的客户机移除;配置中仍有它,所以下次启动时它会回来。</translation>
    </message>
    <message>
        <source>%1 was removed from the configuration; it is gone at the next start.</source>
        <translation>%1 已从配置中移除;下次启动时它就没有了。</translation>
    </message>
    <message>
        <source>The guest refused to release %1: it is still attached to the running guest, but is removed from the configuration, so it is gone at the next start.</source>
        <translation>客户机拒绝释放 %1:它仍连接在运行中的客户机上,但已从配置中移除,所以下次启动时它就没有了。</translation>
    </message>
    <message>
        <source>The guest refused to release %1: it is still attached, and the configuration still has it.</source>
        <translation>客户机拒绝释放 %1:它仍处于连接状态,配置中也仍有它。</translation>
    </message>
    <message>
        <source>The guest did not answer within %1 s: %2 is still attached to the running guest (it may yet let it go), and is removed from the configuration, so it is gone at the next start.</source>
        <translation>客户机在 %1 秒内没有应答:%2 仍连接在运行中的客户机上(客户机可能稍后释放它),并已从配置中移除,所以下次启动时它就没有了。</translation>
    </message>
    <message>
        <source>The guest did not answer within %1 s: %2 is still attached (it may yet let it go), and the configuration still has it.</source>
        <translation>客户机在 %1 秒内没有应答:%2 仍处于连接状态(客户机可能稍后释放它),配置中也仍有它。</translation>
    </message>
    <message>
        <source>Change the media of %1</source>
        <translation>更换 %1 的介质</translation>
    </message>
    <message>
        <source>Eject the CD-ROM %1 of &apos;%2&apos;</source>
        <translation>弹出“%2”的光驱 %1</translation>
    </message>
    <message>
        <source>Insert %1 into %2 of &apos;%3&apos;</source>
        <translation>将 %1 插入“%3”的 %2</translation>
    </message>
    <message>
        <source>Change a NIC&apos;s link of %1</source>
        <translation>更改 %1 的网卡链路</translation>
    </message>
    <message>
        <source>Connect the link of NIC %1 of &apos;%2&apos;</source>
        <translation>接通“%2”的网卡 %1 的链路</translation>
    </message>
    <message>
        <source>Cut the link of NIC %1 of &apos;%2&apos;</source>
        <translation>断开“%2”的网卡 %1 的链路</translation>
    </message>
    <message>
        <source>List the MAC addresses in use on %1</source>
        <translation>列出 %1 上正在使用的 MAC 地址</translation>
    </message>
    <message>
        <source>Read a host device</source>
        <translation>读取宿主机设备</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>总线 %1 设备 %2</translation>
    </message>
    <message>
        <source>%1 is neither a USB nor a PCI device</source>
        <translation>%1 既不是 USB 设备也不是 PCI 设备</translation>
    </message>
    <message>
        <source>List the host&apos;s devices on %1</source>
        <translation>列出 %1 上宿主机的设备</translation>
    </message>
    <message>
        <source>Read what the host offers for %1</source>
        <translation>读取宿主机为 %1 提供的功能</translation>
    </message>
    <message>
        <source>Switch %1 to VNC</source>
        <translation>将 %1 切换为 VNC</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to VNC</source>
        <translation>将“%1”切换为 VNC</translation>
    </message>
    <message>
        <source>A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or USB.</source>
        <translation>光驱不能在 virtio 总线上:请选择 SATA、SCSI 或 USB。</translation>
    </message>
    <message>
        <source>Unknown bus &apos;%1&apos;.</source>
        <translation>未知的总线“%1”。</translation>
    </message>
    <message>
        <source>Unknown cache mode &apos;%1&apos;.</source>
        <translation>未知的缓存模式“%1”。</translation>
    </message>
    <message>
        <source>The target name &apos;%1&apos; is not a disk name like vdb or sdc.</source>
        <translation>目标名称“%1”不是 vdb 或 sdc 这样的磁盘名称。</translation>
    </message>
    <message>
        <source>Choose an ISO image, or an empty drive.</source>
        <translation>请选择一个 ISO 镜像,或空驱动器。</translation>
    </message>
    <message>
        <source>Choose the disk&apos;s file.</source>
        <translation>请选择磁盘的文件。</translation>
    </message>
    <message>
        <source>The path must be absolute (start with /).</source>
        <translation>路径必须是绝对路径(以 / 开头)。</translation>
    </message>
    <message>
        <source>Choose a storage pool and a volume.</source>
        <translation>请选择一个存储池和一个卷。</translation>
    </message>
    <message>
        <source>Only a CD-ROM drive can be empty.</source>
        <translation>只有光驱可以为空。</translation>
    </message>
    <message>
        <source>Name the host&apos;s bridge.</source>
        <translation>请指定宿主机的网桥。</translation>
    </message>
    <message>
        <source>Choose a NIC model.</source>
        <translation>请选择网卡型号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>“%1”不是 52:54:00:12:34:56 这样的 MAC 地址。</translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 127.0.0.1.</source>
        <translation>监听地址必须是 IP 地址,例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>A VNC password has at most 8 characters.</source>
        <translation>VNC 密码最多 8 个字符。</translation>
    </message>
    <message>
        <source>Unknown video model &apos;%1&apos;.</source>
        <translation>未知的显卡型号“%1”。</translation>
    </message>
    <message>
        <source>The video RAM must be between 1 MiB and 512 MiB.</source>
        <translation>显存必须在 1 MiB 到 512 MiB 之间。</translation>
    </message>
    <message>
        <source>Choose a USB device of the host.</source>
        <translation>请选择宿主机的一个 USB 设备。</translation>
    </message>
    <message>
        <source>The entropy source must be /dev/urandom, /dev/random or /dev/hwrng.</source>
        <translation>熵源必须是 /dev/urandom、/dev/random 或 /dev/hwrng。</translation>
    </message>
    <message>
        <source>Unknown watchdog model &apos;%1&apos;.</source>
        <translation>未知的看门狗型号“%1”。</translation>
    </message>
    <message>
        <source>Unknown watchdog action &apos;%1&apos;.</source>
        <translation>未知的看门狗动作“%1”。</translation>
    </message>
    <message>
        <source>Unknown sound model &apos;%1&apos;.</source>
        <translation>未知的声卡型号“%1”。</translation>
    </message>
    <message>
        <source>Unknown input device &apos;%1&apos; on &apos;%2&apos;.</source>
        <translation>“%2”上的未知输入设备“%1”。</translation>
    </message>
    <message>
        <source>A tablet cannot be on PS/2: choose USB or virtio.</source>
        <translation>数位板不能接在 PS/2 上:请选择 USB 或 virtio。</translation>
    </message>
    <message>
        <source>Unknown TPM model &apos;%1&apos;.</source>
        <translation>未知的 TPM 型号“%1”。</translation>
    </message>
    <message>
        <source>Write the device XML</source>
        <translation>写入设备 XML</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unicast MAC address like 52:54:00:12:34:56.</source>
        <translation>“%1”不是 52:54:00:12:34:56 这样的单播 MAC 地址。</translation>
    </message>
    <message>
        <source>%1 is already used by a NIC on this host.</source>
        <translation>%1 已被此宿主机上的一个网卡使用。</translation>
    </message>
    <message>
        <source>Apply the device change now</source>
        <translation>立即应用设备更改</translation>
    </message>
    <message>
        <source>this device cannot be changed while the domain runs; choose &quot;after restart&quot;</source>
        <translation>虚拟机运行时无法更改此设备;请选择“重启后”</translation>
    </message>
    <message>
        <source>the domain has no %1 number %2</source>
        <translation>该虚拟机没有第 %2 个%1</translation>
    </message>
    <message>
        <source>the domain has no %1 %2</source>
        <translation>该虚拟机没有%1 %2</translation>
    </message>
    <message>
        <source>Read the device for editing</source>
        <translation>读取要编辑的设备</translation>
    </message>
    <message>
        <source>only disks and CD-ROM drives can be edited</source>
        <translation>只能编辑磁盘和光驱</translation>
    </message>
    <message>
        <source>a %1 disk cannot be edited here</source>
        <translation>此处无法编辑 %1 磁盘</translation>
    </message>
    <message>
        <source>the disk has no source to edit</source>
        <translation>该磁盘没有可编辑的来源</translation>
    </message>
    <message>
        <source>a %1 interface cannot be edited here</source>
        <translation>此处无法编辑 %1 接口</translation>
    </message>
    <message>
        <source>a %1 cannot be edited here</source>
        <translation>此处无法编辑%1</translation>
    </message>
    <message>
        <source>Find the device in the domain XML</source>
        <translation>在虚拟机 XML 中查找设备</translation>
    </message>
    <message>
        <source>Add the device to the domain XML</source>
        <translation>将设备添加到虚拟机 XML</translation>
    </message>
    <message>
        <source>the domain has no &lt;devices&gt; element</source>
        <translation>该虚拟机没有 &lt;devices&gt; 元素</translation>
    </message>
    <message>
        <source>Remove the device from the domain XML</source>
        <translation>从虚拟机 XML 中移除设备</translation>
    </message>
    <message>
        <source>Change the device in the domain XML</source>
        <translation>在虚拟机 XML 中更改设备</translation>
    </message>
    <message>
        <source>Eject the CD-ROM</source>
        <translation>弹出光盘</translation>
    </message>
    <message>
        <source>Insert the ISO</source>
        <translation>插入 ISO</translation>
    </message>
    <message>
        <source>the device is not a CD-ROM drive</source>
        <translation>该设备不是光驱</translation>
    </message>
    <message>
        <source>the ISO path must be absolute (start with /)</source>
        <translation>ISO 路径必须是绝对路径(以 / 开头)</translation>
    </message>
    <message>
        <source>Connect the NIC&apos;s link</source>
        <translation>接通网卡的链路</translation>
    </message>
    <message>
        <source>Cut the NIC&apos;s link</source>
        <translation>断开网卡的链路</translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation>将显示切换为 VNC</translation>
    </message>
    <message>
        <source>the domain has no SPICE display</source>
        <translation>该虚拟机没有 SPICE 显示</translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot take a snapshot with memory of a running UEFI guest (that needs libvirt %2 or newer); take a disk-only snapshot, or shut the guest down first</source>
        <translation>此宿主机上的 libvirt %1 无法为运行中的 UEFI 客户机创建包含内存的快照(需要 libvirt %2 或更新版本);请创建仅磁盘快照,或先将客户机关机</translation>
    </message>
    <message>
        <source>Stop the virtual network &apos;%1&apos;</source>
        <translation>停止虚拟网络“%1”</translation>
    </message>
    <message>
        <source>active domains (running or paused) use it: %1. Their network cards would lose the network until it starts again.</source>
        <translation>活动的虚拟机(运行中或已暂停)正在使用它:%1。在它再次启动之前,它们的网卡会失去网络。</translation>
    </message>
    <message>
        <source>Stop starting the virtual network &apos;%1&apos; with the host</source>
        <translation>不再让虚拟网络“%1”随宿主机启动</translation>
    </message>
    <message>
        <source>Delete the virtual network &apos;%1&apos;</source>
        <translation>删除虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Create the virtual network &apos;%1&apos;</source>
        <translation>创建虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Read the DHCP leases of network &apos;%1&apos;</source>
        <translation>读取网络“%1”的 DHCP 租约</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation>需要一个 IPv4 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address (four numbers 0–255 with dots)</source>
        <translation>“%1”不是 IPv4 地址(用点分隔的四个 0–255 的数字)</translation>
    </message>
    <message>
        <source>write the subnet with its prefix length, e.g. 192.168.100.0/24</source>
        <translation>请写出子网及其前缀长度,例如 192.168.100.0/24</translation>
    </message>
    <message>
        <source>the prefix length after &apos;/&apos; must be 0–32</source>
        <translation>“/”之后的前缀长度必须是 0–32</translation>
    </message>
    <message>
        <source>%1 has host bits set: the subnet is %2</source>
        <translation>%1 设置了主机位:子网是 %2</translation>
    </message>
    <message>
        <source>Read a virtual network&apos;s XML</source>
        <translation>读取虚拟网络的 XML</translation>
    </message>
    <message>
        <source>&lt;ip address&gt;: %1</source>
        <translation>&lt;ip address&gt;:%1</translation>
    </message>
    <message>
        <source>&lt;ip&gt;: the netmask or prefix is not valid</source>
        <translation>&lt;ip&gt;:子网掩码或前缀无效</translation>
    </message>
    <message>
        <source>Create the virtual network</source>
        <translation>创建虚拟网络</translation>
    </message>
    <message>
        <source>give the network a name</source>
        <translation>请为网络命名</translation>
    </message>
    <message>
        <source>a network name cannot contain &apos;/&apos; or spaces</source>
        <translation>网络名称不能包含“/”或空格</translation>
    </message>
    <message>
        <source>the host already has a network named &apos;%1&apos;</source>
        <translation>宿主机上已有名为“%1”的网络</translation>
    </message>
    <message>
        <source>choose a mode</source>
        <translation>请选择一种模式</translation>
    </message>
    <message>
        <source>name the host&apos;s bridge (for example br0) the guests join</source>
        <translation>请指定客户机要加入的宿主机网桥(例如 br0)</translation>
    </message>
    <message>
        <source>subnet: %1</source>
        <translation>子网:%1</translation>
    </message>
    <message>
        <source>subnet: use a prefix length from /8 to /30 (a /%1 leaves no room for guests or is larger than any private range)</source>
        <translation>子网:请使用 /8 到 /30 的前缀长度(/%1 要么没有留给客户机的地址,要么比任何私有地址范围都大)</translation>
    </message>
    <message>
        <source>subnet %1 overlaps %2 of the network &apos;%3&apos;: choose another range</source>
        <translation>子网 %1 与网络“%3”的 %2 重叠:请选择其他范围</translation>
    </message>
    <message>
        <source>DHCP start: %1</source>
        <translation>DHCP 起始:%1</translation>
    </message>
    <message>
        <source>DHCP end: %1</source>
        <translation>DHCP 结束:%1</translation>
    </message>
    <message>
        <source>DHCP start</source>
        <translation>DHCP 起始</translation>
    </message>
    <message>
        <source>DHCP end</source>
        <translation>DHCP 结束</translation>
    </message>
    <message>
        <source>%1 %2 is outside the subnet %3</source>
        <translation>%1 %2 在子网 %3 之外</translation>
    </message>
    <message>
        <source>%1 %2 is the subnet&apos;s network or broadcast address</source>
        <translation>%1 %2 是子网的网络地址或广播地址</translation>
    </message>
    <message>
        <source>%1 %2 is the host&apos;s own address on the network</source>
        <translation>%1 %2 是宿主机自己在该网络上的地址</translation>
    </message>
    <message>
        <source>the DHCP range starts after it ends</source>
        <translation>DHCP 范围的起始在结束之后</translation>
    </message>
    <message>
        <source>Download volume &apos;%1&apos; to %2</source>
        <translation>将卷“%1”下载到 %2</translation>
    </message>
    <message>
        <source>Download volume &apos;%1&apos;</source>
        <translation>下载卷“%1”</translation>
    </message>
    <message>
        <source>only a disk-only snapshot can quiesce the guest&apos;s file systems</source>
        <translation>只有仅磁盘快照才能静默客户机的文件系统</translation>
    </message>
    <message>
        <source>the guest is not running, so there is nothing to quiesce</source>
        <translation>客户机未在运行,所以没有需要静默的内容</translation>
    </message>
    <message>
        <source>no guest agent answers in this guest: quiescing needs qemu-guest-agent running in it, on a guest agent channel</source>
        <translation>此客户机中没有客户机代理应答:静默需要客户机中运行 qemu-guest-agent,并有客户机代理通道</translation>
    </message>
    <message>
        <source>Read the domain to migrate</source>
        <translation>读取要迁移的虚拟机</translation>
    </message>
    <message>
        <source>Read the migration destination %1</source>
        <translation>读取迁移目标 %1</translation>
    </message>
    <message>
        <source>Migrate domain %1</source>
        <translation>迁移虚拟机 %1</translation>
    </message>
    <message>
        <source>the source or destination host was removed</source>
        <translation>源宿主机或目标宿主机已被删除</translation>
    </message>
    <message>
        <source>the source was removed</source>
        <translation>源宿主机已被删除</translation>
    </message>
    <message>
        <source>Migrate domain %1 to %2</source>
        <translation>将虚拟机 %1 迁移到 %2</translation>
    </message>
    <message>
        <source>Migrate &apos;%1&apos; to %2</source>
        <translation>将“%1”迁移到 %2</translation>
    </message>
    <message>
        <source>Read the migration&apos;s progress</source>
        <translation>读取迁移进度</translation>
    </message>
    <message>
        <source>Cancel the migration</source>
        <translation>取消迁移</translation>
    </message>
    <message>
        <source>Switch the migration to post-copy</source>
        <translation>将迁移切换为后拷贝(post-copy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not running: only an offline migration can move it.</source>
        <translation>“%1”未在运行:只能用离线迁移来移动它。</translation>
    </message>
    <message>
        <source>An offline migration moves only the definition: it must be kept defined on the destination.</source>
        <translation>离线迁移只移动定义:必须在目标上保留定义。</translation>
    </message>
    <message>
        <source>An offline migration cannot copy storage: copy the disks another way, or migrate live.</source>
        <translation>离线迁移无法复制存储:请用其他方式复制磁盘,或进行在线迁移。</translation>
    </message>
    <message>
        <source>Post-copy needs a live migration.</source>
        <translation>后拷贝(post-copy)需要在线迁移。</translation>
    </message>
    <message>
        <source>A tunnelled migration needs peer-to-peer.</source>
        <translation>隧道迁移需要点对点(peer-to-peer)。</translation>
    </message>
    <message>
        <source>A tunnelled migration goes through libvirt&apos;s connection: it takes no migration address.</source>
        <translation>隧道迁移经由 libvirt 的连接:它不使用迁移地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not defined on the source (transient): there is nothing to undefine.</source>
        <translation>“%1”在源宿主机上没有定义(临时):没有可取消定义的内容。</translation>
    </message>
    <message>
        <source>Undefined here and not kept defined there, &apos;%1&apos; is gone for good once it stops.</source>
        <translation>在这里取消定义、在那里又不保留定义,“%1”一旦停止就永远消失了。</translation>
    </message>
    <message>
        <source>The maximum downtime cannot be negative.</source>
        <translation>最大停机时间不能为负数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; sees the host&apos;s own CPU (host-passthrough): a live migration works only to an identical CPU.</source>
        <translation>“%1”看到的是宿主机自己的 CPU(host-passthrough):在线迁移只能迁到 CPU 完全相同的宿主机。</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver cannot migrate domains.</source>
        <translation>libvirt 的测试驱动无法迁移虚拟机。</translation>
    </message>
    <message>
        <source>The source runs %1 and the destination %2: a domain moves only between hosts of the same driver.</source>
        <translation>源宿主机运行 %1,目标宿主机运行 %2:虚拟机只能在同一驱动的宿主机之间移动。</translation>
    </message>
    <message>
        <source>Post-copy needs QEMU on both hosts.</source>
        <translation>后拷贝(post-copy)需要两台宿主机都是 QEMU。</translation>
    </message>
    <message>
        <source>%1 cannot run %2 guests of architecture %3.</source>
        <translation>%1 无法运行架构为 %3 的 %2 客户机。</translation>
    </message>
    <message>
        <source>%1 cannot run %2 guests with %3 (its virtualization type).</source>
        <translation>%1 无法运行使用 %3(其虚拟化类型)的 %2 客户机。</translation>
    </message>
    <message>
        <source>%1 has no machine type %2 for %3.</source>
        <translation>%1 没有适用于 %3 的机器类型 %2。</translation>
    </message>
    <message>
        <source>%1 does not know the CPU model %2 the domain uses.</source>
        <translation>%1 不认识该虚拟机使用的 CPU 型号 %2。</translation>
    </message>
    <message>
        <source>%1 has no network &apos;%2&apos; (the domain&apos;s network interface uses it).</source>
        <translation>%1 没有网络“%2”(该虚拟机的网络接口使用它)。</translation>
    </message>
    <message>
        <source>The network &apos;%1&apos; on %2 is not active.</source>
        <translation>%2 上的网络“%1”未活动。</translation>
    </message>
    <message>
        <source>%1 has no storage pool &apos;%2&apos; (disk %3 is a volume of it).</source>
        <translation>%1 没有存储池“%2”(磁盘 %3 是其中的卷)。</translation>
    </message>
    <message>
        <source>The storage pool &apos;%1&apos; on %2 is not active.</source>
        <translation>%2 上的存储池“%1”未活动。</translation>
    </message>
    <message>
        <source>%1 has no active storage pool in %2 to copy disk %3 into.</source>
        <translation>%1 在 %2 中没有可复制磁盘 %3 的活动存储池。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs on %2.</source>
        <translation>“%1”已经在 %2 上运行。</translation>
    </message>
    <message>
        <source>%1 has another domain called &apos;%2&apos;.</source>
        <translation>%1 上有另一台名为“%2”的虚拟机。</translation>
    </message>
    <message>
        <source>The destination is the source host.</source>
        <translation>目标就是源宿主机。</translation>
    </message>
    <message>
        <source>The destination XML: %1</source>
        <translation>目标 XML:%1</translation>
    </message>
    <message>
        <source>The destination XML renames the domain: a migration keeps its name.</source>
        <translation>目标 XML 重命名了虚拟机:迁移会保留其名称。</translation>
    </message>
    <message>
        <source>Copy volume &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将卷“%1”复制为“%2”</translation>
    </message>
    <message>
        <source>; deleting the copy failed: %1</source>
        <translation>;删除副本失败:%1</translation>
    </message>
    <message>
        <source>convert to raw or qcow2</source>
        <translation>转换为 raw 或 qcow2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 already; choose the other format</source>
        <translation>“%1”已经是 %2;请选择另一种格式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: only raw and qcow2 volumes are converted</source>
        <translation>“%1”是 %2:只转换 raw 和 qcow2 卷</translation>
    </message>
    <message>
        <source>the new volume needs a name</source>
        <translation>新卷需要一个名称</translation>
    </message>
    <message>
        <source>a volume name cannot contain &apos;/&apos;</source>
        <translation>卷名称不能包含“/”</translation>
    </message>
    <message>
        <source>the pool has a volume named &apos;%1&apos; already</source>
        <translation>该存储池已有名为“%1”的卷</translation>
    </message>
    <message>
        <source>Run the monitor command “%1”</source>
        <translation>运行监视器命令“%1”</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>命令为空。</translation>
    </message>
    <message>
        <source>The domain is not running; QEMU&apos;s monitor exists only while it runs.</source>
        <translation>虚拟机未在运行；QEMU 监视器只在虚拟机运行时存在。</translation>
    </message>
    <message>
        <source>
[The answer was longer than %1 KiB and is cut here.]</source>
        <translation>
[回答超过 %1 KiB，在此截断。]</translation>
    </message>
    <message>
        <source>Vireo has no fields for %1 pools</source>
        <translation>Vireo 尚无 %1 存储池的字段</translation>
    </message>
    <message>
        <source>this host&apos;s storage driver does not offer %1 pools</source>
        <translation>此宿主机的存储驱动不提供 %1 存储池</translation>
    </message>
    <message>
        <source>this host does not offer the format &apos;%1&apos; for %2 pools (it offers %3)</source>
        <translation>此宿主机不为 %2 存储池提供格式“%1”(它提供 %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device path on the host, like /dev/sdb1</source>
        <translation>“%1”不是宿主机上的设备路径,例如 /dev/sdb1</translation>
    </message>
    <message>
        <source>give the one device that holds the file system, like /dev/sdb1</source>
        <translation>请给出存放该文件系统的那一个设备,例如 /dev/sdb1</translation>
    </message>
    <message>
        <source>choose a file system (not auto) to format the device with</source>
        <translation>请选择用来格式化该设备的文件系统(不能是 auto)</translation>
    </message>
    <message>
        <source>give the server&apos;s host name or address</source>
        <translation>请给出服务器的主机名或地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation>“%1”不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>give the name of the share on the server</source>
        <translation>请给出服务器上共享的名称</translation>
    </message>
    <message>
        <source>give the name of the Gluster volume</source>
        <translation>请给出 Gluster 卷的名称</translation>
    </message>
    <message>
        <source>give the exported folder on the server, like /export/vms</source>
        <translation>请给出服务器上导出的文件夹,例如 /export/vms</translation>
    </message>
    <message>
        <source>an NFS export is an absolute path on the server, like /export/vms</source>
        <translation>NFS 导出是服务器上的绝对路径,例如 /export/vms</translation>
    </message>
    <message>
        <source>the share or volume name cannot contain a space</source>
        <translation>共享或卷的名称不能包含空格</translation>
    </message>
    <message>
        <source>give the name of the volume group</source>
        <translation>请给出卷组的名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a volume group name: use letters, digits and + _ . - (not first)</source>
        <translation>“%1”不是卷组名称:请使用字母、数字和 + _ . -(- 不能在开头)</translation>
    </message>
    <message>
        <source>give the devices to create the volume group on, or define an existing group without creating it</source>
        <translation>请给出要在其上创建卷组的设备,或者不创建而定义一个已有的卷组</translation>
    </message>
    <message>
        <source>the mount point must be an absolute path on the host, like /mnt/vms</source>
        <translation>挂载点必须是宿主机上的绝对路径,例如 /mnt/vms</translation>
    </message>
    <message>
        <source>Create volume group %1 on %2</source>
        <translation>在 %2 上创建卷组 %1</translation>
    </message>
    <message>
        <source>Format %1 as %2 for pool &apos;%3&apos;</source>
        <translation>为存储池“%3”将 %1 格式化为 %2</translation>
    </message>
    <message>
        <source>Build storage pool &apos;%1&apos;</source>
        <translation>构建存储池“%1”</translation>
    </message>
    <message>
        <source>the guest was asked to release it, but the configuration keeps it: %1</source>
        <translation>已请求客户机释放它，但配置中仍保留它：%1</translation>
    </message>
    <message>
        <source>Read the firmware</source>
        <translation>读取固件</translation>
    </message>
    <message>
        <source>Change the firmware</source>
        <translation>更改固件</translation>
    </message>
    <message>
        <source>Secure Boot needs a q35 machine (its variables sit behind SMM); this domain&apos;s machine is %1</source>
        <translation>安全启动需要 q35 机器类型（其变量位于 SMM 之后）；此虚拟机的机器类型是 %1</translation>
    </message>
    <message>
        <source>not q35</source>
        <translation>不是 q35</translation>
    </message>
    <message>
        <source>The host does not say which firmware it has (%1); libvirt checks the choice when the domain starts.</source>
        <translation>宿主机未说明它有哪些固件（%1）；libvirt 会在虚拟机启动时检查所选固件。</translation>
    </message>
    <message>
        <source>The host has no UEFI firmware for this domain (install ovmf).</source>
        <translation>宿主机没有适用于此虚拟机的 UEFI 固件（请安装 ovmf）。</translation>
    </message>
    <message>
        <source>The host&apos;s UEFI firmware has no Secure Boot build.</source>
        <translation>宿主机的 UEFI 固件没有支持安全启动的版本。</translation>
    </message>
    <message>
        <source>Secure Boot needs a q35 machine; this domain&apos;s is %1.</source>
        <translation>安全启动需要 q35 机器类型；此虚拟机的是 %1。</translation>
    </message>
    <message>
        <source>Change the firmware of %1</source>
        <translation>更改 %1 的固件</translation>
    </message>
    <message>
        <source>Change the firmware of &apos;%1&apos;</source>
        <translation>更改“%1”的固件</translation>
    </message>
    <message>
        <source>the domain is running: shut it off first</source>
        <translation>虚拟机正在运行：请先将其关闭</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>Change the boot options of %1</source>
        <translation>更改 %1 的引导选项</translation>
    </message>
    <message>
        <source>Change the vCPU maximum and topology of %1</source>
        <translation>更改 %1 的 vCPU 最大值和拓扑</translation>
    </message>
    <message>
        <source>Switch %1 to software emulation</source>
        <translation>将 %1 切换到软件模拟</translation>
    </message>
    <message>
        <source>Vireo session exported %1: each operation as the commands that do the same.</source>
        <translation>Vireo 会话,导出于 %1:每个操作都写成效果相同的命令。</translation>
    </message>
    <message>
        <source>Operations that failed are commented out; passwords are masked.</source>
        <translation>失败的操作已被注释掉;密码已被遮盖。</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败:%1</translation>
    </message>
    <message>
        <source>A password is masked as ********: put it back before running this.</source>
        <translation>密码已遮盖为 ********:运行前请把它改回来。</translation>
    </message>
    <message>
        <source>or, on the host itself:</source>
        <translation>或者,在宿主机本机上:</translation>
    </message>
    <message>
        <source>--live changes the running guest only; the definition keeps the old value, so the next start undoes it.</source>
        <translation>--live 只修改正在运行的客户机;定义保留旧值,所以下次启动时会恢复原样。</translation>
    </message>
    <message>
        <source>--config changes the definition only: it takes effect at the next start; the running guest keeps its value.</source>
        <translation>--config 只修改定义:下次启动时生效;正在运行的客户机保持原值。</translation>
    </message>
    <message>
        <source>--live changes the running guest now, --config keeps it in the definition for the next start.</source>
        <translation>--live 立即修改正在运行的客户机,--config 把它保存在定义中供下次启动使用。</translation>
    </message>
    <message>
        <source>Boots the domain from its definition.</source>
        <translation>按定义启动虚拟机。</translation>
    </message>
    <message>
        <source>Asks the guest to shut down (ACPI power button, or the guest agent): the guest may take its time or refuse.</source>
        <translation>请求客户机关机(ACPI 电源按钮或客户机代理):客户机可能需要一些时间,也可能拒绝。</translation>
    </message>
    <message>
        <source>Asks the guest to restart itself; the guest may refuse.</source>
        <translation>请求客户机自行重启;客户机可能拒绝。</translation>
    </message>
    <message>
        <source>Pulls the plug: the guest stops at once, without shutting down. The definition and the disks stay.</source>
        <translation>相当于拔掉电源:客户机立即停止,不经过关机。定义和磁盘都保留。</translation>
    </message>
    <message>
        <source>Presses the reset button: the guest restarts at once, without shutting down.</source>
        <translation>相当于按下复位键:客户机立即重启,不经过关机。</translation>
    </message>
    <message>
        <source>Stops the guest&apos;s vCPUs; its memory stays in the host&apos;s memory.</source>
        <translation>暂停客户机的 vCPU;其内存仍留在宿主机内存中。</translation>
    </message>
    <message>
        <source>Lets a paused guest&apos;s vCPUs run again.</source>
        <translation>让已暂停客户机的 vCPU 重新运行。</translation>
    </message>
    <message>
        <source>Writes the guest&apos;s memory to a file on the host and stops it; the next start resumes from that file.</source>
        <translation>把客户机的内存写入宿主机上的文件并停止它;下次启动时从该文件恢复。</translation>
    </message>
    <message>
        <source>Makes the definition from the XML file (a new domain, or a new definition of one with the same name and UUID); nothing starts.</source>
        <translation>根据 XML 文件创建定义(新的虚拟机,或同名同 UUID 虚拟机的新定义);不会启动任何东西。</translation>
    </message>
    <message>
        <source>The XML is kept first (with its secrets: the file is yours alone); undefine forgets the domain with its managed save and snapshot metadata, and leaves its disks.</source>
        <translation>先保存 XML(含机密信息:该文件只有您可读);undefine 会删除虚拟机定义及其托管保存和快照元数据,磁盘保留。</translation>
    </message>
    <message>
        <source>Prints the definition, as the next start will use it.</source>
        <translation>输出下次启动将使用的定义。</translation>
    </message>
    <message>
        <source>Prints the domain&apos;s XML: the running guest&apos;s while it runs.</source>
        <translation>输出虚拟机的 XML:运行时输出正在运行的客户机的 XML。</translation>
    </message>
    <message>
        <source>Sets how many vCPUs are online; a running guest can go up to its maximum (hot-add).</source>
        <translation>设置在线 vCPU 的数量;运行中的客户机最多可增加到其最大值(热添加)。</translation>
    </message>
    <message>
        <source>Sets the most vCPUs the guest can have; only in the definition (--config), from the next start.</source>
        <translation>设置客户机最多可拥有的 vCPU 数;仅修改定义(--config),下次启动起生效。</translation>
    </message>
    <message>
        <source>Sets the guest&apos;s memory in KiB, up to its maximum.</source>
        <translation>以 KiB 为单位设置客户机内存,不超过其最大值。</translation>
    </message>
    <message>
        <source>A running guest gives memory back through its balloon driver (virtio_balloon): without the driver the guest keeps what it has.</source>
        <translation>运行中的客户机通过内存气球驱动(virtio_balloon)归还内存:没有该驱动,客户机会保留已有的内存。</translation>
    </message>
    <message>
        <source>Sets the memory ceiling in KiB (the balloon&apos;s limit); only in the definition, from the next start.</source>
        <translation>以 KiB 为单位设置内存上限(内存气球的上限);仅修改定义,下次启动起生效。</translation>
    </message>
    <message>
        <source>Has the balloon driver report the guest&apos;s memory use every so many seconds (0: never).</source>
        <translation>让内存气球驱动每隔若干秒报告一次客户机的内存使用情况(0:从不)。</translation>
    </message>
    <message>
        <source>Starts the domain when the host&apos;s libvirtd starts.</source>
        <translation>在宿主机的 libvirtd 启动时启动该虚拟机。</translation>
    </message>
    <message>
        <source>The domain no longer starts with the host.</source>
        <translation>该虚拟机不再随宿主机启动。</translation>
    </message>
    <message>
        <source>virsh edit opens the definition in an editor and defines it when you save; dumpxml --inactive, an edit of the file and define do the same.</source>
        <translation>virsh edit 在编辑器中打开定义,保存时重新定义;dumpxml --inactive、编辑文件再 define 效果相同。</translation>
    </message>
    <message>
        <source>No single command changes %1: it is an edit of the domain&apos;s XML.</source>
        <translation>没有单条命令能修改%1:这是对虚拟机 XML 的编辑。</translation>
    </message>
    <message>
        <source>--disk-only puts a new qcow2 overlay beside each disk; the original file becomes its read-only backing file. No memory is kept.</source>
        <translation>--disk-only 在每个磁盘旁创建新的 qcow2 覆盖层;原文件成为其只读后备文件。不保存内存。</translation>
    </message>
    <message>
        <source>An internal snapshot inside the qcow2 files: with the memory when the guest runs, so a revert comes back running.</source>
        <translation>qcow2 文件内部的内部快照:客户机运行时包含内存,因此恢复后仍在运行。</translation>
    </message>
    <message>
        <source>--quiesce has the guest agent freeze the file systems while the snapshot is taken.</source>
        <translation>--quiesce 让客户机代理在创建快照期间冻结文件系统。</translation>
    </message>
    <message>
        <source>Brings the domain back to the snapshot: running, paused or shut off as it was then. What happened since is lost.</source>
        <translation>把虚拟机恢复到快照:与当时一样处于运行、暂停或关闭状态。之后发生的一切都会丢失。</translation>
    </message>
    <message>
        <source>Deletes the snapshot; its children move up to its parent.</source>
        <translation>删除该快照;其子快照上移到其父快照下。</translation>
    </message>
    <message>
        <source>--children deletes the snapshot and every snapshot taken from it.</source>
        <translation>--children 删除该快照以及由它派生的所有快照。</translation>
    </message>
    <message>
        <source>--metadata makes libvirt forget the snapshot; its data stays in the disks or overlay files.</source>
        <translation>--metadata 让 libvirt 忘记该快照;其数据仍保留在磁盘或覆盖层文件中。</translation>
    </message>
    <message>
        <source>A raw volume takes its whole size on the host at once.</source>
        <translation>raw 卷会立即在宿主机上占用其全部大小。</translation>
    </message>
    <message>
        <source>A qcow2 volume takes room on the host only as the guest writes; --allocation 0 says to reserve nothing now.</source>
        <translation>qcow2 卷只在客户机写入时才占用宿主机空间;--allocation 0 表示现在不预留空间。</translation>
    </message>
    <message>
        <source>qemu-img makes the same file on the host itself; pool-refresh lets libvirt see it.</source>
        <translation>qemu-img 在宿主机本机上创建同样的文件;pool-refresh 让 libvirt 看到它。</translation>
    </message>
    <message>
        <source>Deletes the volume and its data.</source>
        <translation>删除该卷及其数据。</translation>
    </message>
    <message>
        <source>net-define makes the network&apos;s definition, net-start creates its bridge (and DHCP server), net-autostart starts it with the host.</source>
        <translation>net-define 创建虚拟网络的定义,net-start 创建其网桥(和 DHCP 服务器),net-autostart 让它随宿主机启动。</translation>
    </message>
    <message>
        <source>Starts the network&apos;s bridge and DHCP server, and starts it with the host from now on.</source>
        <translation>启动虚拟网络的网桥和 DHCP 服务器,并从此随宿主机启动。</translation>
    </message>
    <message>
        <source>Stops the network: the guests&apos; network cards on it lose the network; the definition stays.</source>
        <translation>停止虚拟网络:连接到它的客户机网卡会断网;定义保留。</translation>
    </message>
    <message>
        <source>Starts the network when the host&apos;s libvirtd starts.</source>
        <translation>在宿主机的 libvirtd 启动时启动该虚拟网络。</translation>
    </message>
    <message>
        <source>The network no longer starts with the host.</source>
        <translation>该虚拟网络不再随宿主机启动。</translation>
    </message>
    <message>
        <source>net-destroy stops the network, net-undefine forgets its definition.</source>
        <translation>net-destroy 停止虚拟网络,net-undefine 删除其定义。</translation>
    </message>
    <message>
        <source>Adds the device described in the file; with --live the guest sees it now (hot-plug).</source>
        <translation>添加文件中描述的设备;使用 --live 时客户机立即看到它(热插拔)。</translation>
    </message>
    <message>
        <source>Removes the device the file describes; a running guest is asked to let it go and may refuse.</source>
        <translation>移除文件中描述的设备;运行中的客户机会被请求释放它,并且可能拒绝。</translation>
    </message>
    <message>
        <source>Changes the device in place (a CD-ROM&apos;s media, a network card&apos;s link) as the file describes it.</source>
        <translation>按文件的描述原位修改设备(光驱的介质、网卡的链路)。</translation>
    </message>
    <message>
        <source>a device in place</source>
        <translation>原位的设备</translation>
    </message>
    <message>
        <source>The domain is not running; only a running guest has a screen.</source>
        <translation>虚拟机未在运行；只有运行中的虚拟机才有屏幕。</translation>
    </message>
    <message>
        <source>The screen is larger than %1 MiB.</source>
        <translation>屏幕图像大于 %1 MiB。</translation>
    </message>
    <message>
        <source>The hypervisor sent an empty screen.</source>
        <translation>虚拟机监控程序发送了空的屏幕图像。</translation>
    </message>
    <message>
        <source>Take a screenshot</source>
        <translation>截取屏幕</translation>
    </message>
    <message>
        <source>virt-clone copies the original&apos;s definition with a new name, UUID and MAC addresses, and each writable disk in full (--auto-clone names the copies); --skip-copy leaves a disk shared.</source>
        <translation>virt-clone 复制原虚拟机的定义并使用新的名称、UUID 和 MAC 地址,并完整复制每个可写磁盘(--auto-clone 为副本命名);--skip-copy 让某个磁盘保持共享。</translation>
    </message>
    <message>
        <source>virt-clone is the closest command, not the same: it names the disk copies itself, where Vireo names them after the clone.</source>
        <translation>virt-clone 是最接近的命令,但并不相同:它自行为磁盘副本命名,而 Vireo 按克隆的名称为它们命名。</translation>
    </message>
    <message>
        <source>It has no linked disks: Vireo made %1 a qcow2 overlay on the original (qemu-img create -f qcow2 -b ORIGINAL -F FORMAT NEW).</source>
        <translation>它没有链接磁盘:Vireo 把 %1 做成了基于原磁盘的 qcow2 覆盖层(qemu-img create -f qcow2 -b 原磁盘 -F 格式 新磁盘)。</translation>
    </message>
    <message>
        <source>It cannot leave a disk out: Vireo&apos;s clone has no %1; virsh detach-disk on the clone does the same.</source>
        <translation>它不能省略磁盘:Vireo 的克隆没有 %1;对克隆执行 virsh detach-disk 效果相同。</translation>
    </message>
    <message>
        <source>desc --title sets the short title the manager lists, desc without it the longer description; --edit opens an editor, and an emptied text removes it.</source>
        <translation>desc --title 设置管理器列表中显示的简短标题,不带该选项的 desc 设置较长的描述;--edit 会打开编辑器,清空文本即删除它。</translation>
    </message>
    <message>
        <source>Sends the line to QEMU&apos;s human monitor (HMP) and prints its answer; info commands only read.</source>
        <translation>把这一行发送给 QEMU 的人机监视器(HMP)并打印其回答;info 命令只读取信息。</translation>
    </message>
    <message>
        <source>A command that changes the guest does it behind libvirt&apos;s back: libvirt does not know of the change and may undo or contradict it.</source>
        <translation>会改变客户机的命令是绕过 libvirt 执行的:libvirt 不知道这一更改,可能会撤销它或与之冲突。</translation>
    </message>
    <message>
        <source>Starts the storage pool: mounts or activates its storage and lists its volumes.</source>
        <translation>启动存储池:挂载或激活它的存储,并列出其中的卷。</translation>
    </message>
    <message>
        <source>Stops the storage pool (despite its name, pool-destroy deletes nothing): its volumes stay, unlisted until it starts again.</source>
        <translation>停止存储池(pool-destroy 名字虽如此,却什么也不删除):其中的卷都保留,在存储池再次启动前不会列出。</translation>
    </message>
    <message>
        <source>Makes the pool&apos;s storage: its folder, or a volume group on empty devices.</source>
        <translation>创建存储池的存储:它的文件夹,或在空设备上创建卷组。</translation>
    </message>
    <message>
        <source>Scans the pool&apos;s storage again, so files made behind libvirt&apos;s back show as volumes.</source>
        <translation>重新扫描存储池的存储,使绕过 libvirt 创建的文件也显示为卷。</translation>
    </message>
    <message>
        <source>Starts the storage pool when the host&apos;s libvirtd starts.</source>
        <translation>宿主机的 libvirtd 启动时自动启动该存储池。</translation>
    </message>
    <message>
        <source>The storage pool no longer starts with the host.</source>
        <translation>该存储池不再随宿主机启动。</translation>
    </message>
    <message>
        <source>Deletes the pool&apos;s storage itself (its folder, its volume group); the definition stays.</source>
        <translation>删除存储池的存储本身(它的文件夹、卷组);定义保留。</translation>
    </message>
    <message>
        <source>Forgets the pool&apos;s definition; its storage and data stay.</source>
        <translation>删除存储池的定义;它的存储和数据都保留。</translation>
    </message>
    <message>
        <source>pool-define makes the storage pool&apos;s definition from the file, pool-build its storage (--no-overwrite: never over a file system), pool-start starts it, pool-autostart starts it with the host.</source>
        <translation>pool-define 根据文件创建存储池的定义,pool-build 创建它的存储(--no-overwrite:绝不覆盖已有的文件系统),pool-start 启动它,pool-autostart 让它随宿主机启动。</translation>
    </message>
    <message>
        <source>--shrink makes the volume smaller: whatever the guest kept past the new end is lost.</source>
        <translation>--shrink 缩小卷:客户机存放在新末尾之后的数据都会丢失。</translation>
    </message>
    <message>
        <source>Makes the volume bigger; the guest must grow its partition and file system itself.</source>
        <translation>扩大卷;客户机需要自己扩展分区和文件系统。</translation>
    </message>
    <message>
        <source>Overwrites the volume&apos;s data with zeros; the volume stays, empty.</source>
        <translation>用零覆盖卷中的数据;卷本身保留,内容为空。</translation>
    </message>
    <message>
        <source>vol-upload copies a file from this computer into the volume, through libvirt&apos;s connection (so it works on a remote host too); the volume must exist first, as big as the file.</source>
        <translation>vol-upload 通过 libvirt 的连接把本机上的文件复制到卷中(因此对远程宿主机也有效);卷必须先存在,且与文件一样大。</translation>
    </message>
    <message>
        <source>vol-download copies the volume into a file on this computer, through libvirt&apos;s connection.</source>
        <translation>vol-download 通过 libvirt 的连接把卷复制到本机上的文件中。</translation>
    </message>
    <message>
        <source>vol-create-from makes the volume the file describes (its name and format) with the data of the source volume, converted when the formats differ.</source>
        <translation>vol-create-from 按文件所描述的名称和格式创建卷,内容取自源卷,格式不同时会进行转换。</translation>
    </message>
    <message>
        <source>qemu-img convert writes the same file on the host itself; pool-refresh lets libvirt see it.</source>
        <translation>qemu-img convert 直接在宿主机上写出同样的文件;pool-refresh 让 libvirt 看到它。</translation>
    </message>
    <message>
        <source>the boot order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>the vCPU maximum and topology</source>
        <translation>vCPU 最大数量和拓扑</translation>
    </message>
    <message>
        <source>the virtualization type (software emulation)</source>
        <translation>虚拟化类型(软件模拟)</translation>
    </message>
    <message>
        <source>the firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Moves the running guest to the destination host: --live copies its memory while it runs and pauses it only for the last pages.</source>
        <translation>将正在运行的客户机迁移到目标主机:--live 在客户机运行时复制其内存,只在复制最后几页时暂停它。</translation>
    </message>
    <message>
        <source>Moves the definition of the domain to the destination host (--offline: the guest is not running and nothing of it is copied).</source>
        <translation>将虚拟机的定义迁移到目标主机(--offline:客户机未在运行,不复制其任何内容)。</translation>
    </message>
    <message>
        <source>--p2p: the source host&apos;s libvirtd connects to the destination itself, so the URI is the destination as the source host sees it.</source>
        <translation>--p2p:源主机的 libvirtd 自己连接目标主机,因此 URI 是源主机所见的目标地址。</translation>
    </message>
    <message>
        <source>--tunnelled sends the data through libvirtd&apos;s own connection instead of a connection of its own.</source>
        <translation>--tunnelled 通过 libvirtd 自身的连接传输数据,而不是另建连接。</translation>
    </message>
    <message>
        <source>--persistent keeps the domain defined on the destination host.</source>
        <translation>--persistent 让虚拟机在目标主机上保持定义(持久化)。</translation>
    </message>
    <message>
        <source>--undefinesource removes its definition from the source host.</source>
        <translation>--undefinesource 从源主机删除它的定义。</translation>
    </message>
    <message>
        <source>--copy-storage-all copies the contents of its disks too, for storage the two hosts do not share.</source>
        <translation>--copy-storage-all 同时复制其磁盘内容,用于两台主机不共享的存储。</translation>
    </message>
    <message>
        <source>--postcopy allows switching to post-copy later (migrate-postcopy).</source>
        <translation>--postcopy 允许稍后切换到后拷贝迁移(migrate-postcopy)。</translation>
    </message>
    <message>
        <source>--migrateuri says where the migration data goes (the address the destination&apos;s hypervisor listens on).</source>
        <translation>--migrateuri 指定迁移数据的去向(目标主机虚拟化程序监听的地址)。</translation>
    </message>
    <message>
        <source>--xml gives the definition to use on the destination (the edited XML, in the file).</source>
        <translation>--xml 指定在目标主机上使用的定义(即编辑后的 XML,保存在文件中)。</translation>
    </message>
    <message>
        <source>--bandwidth limits the transfer, in MiB/s.</source>
        <translation>--bandwidth 限制传输带宽,单位为 MiB/s。</translation>
    </message>
    <message>
        <source>Sets how long, in milliseconds, the running migration may pause the guest at its end.</source>
        <translation>设置正在进行的迁移在结束时最多可暂停客户机多长时间(毫秒)。</translation>
    </message>
    <message>
        <source>Switches the running migration to post-copy: the guest runs on the destination now and fetches the rest of its memory from the source as it needs it.</source>
        <translation>将正在进行的迁移切换为后拷贝:客户机立即在目标主机上运行,并在需要时从源主机获取其余内存。</translation>
    </message>
    <message>
        <source>Cancels the running job (the migration): the guest stays on the source host.</source>
        <translation>取消正在运行的作业(迁移):客户机留在源主机上。</translation>
    </message>
    <message>
        <source>Presses these keys together on the guest&apos;s keyboard and releases them (Linux key names, virsh&apos;s default code set).</source>
        <translation>在客户机键盘上同时按下这些键再松开(Linux 键名,virsh 的默认键码集)。</translation>
    </message>
    <message>
        <source>Vireo sent them over its VNC connection; virsh sends the same keys through libvirt.</source>
        <translation>Vireo 通过自己的 VNC 连接发送这些键;virsh 通过 libvirt 发送相同的键。</translation>
    </message>
    <message>
        <source>Set the maximum downtime</source>
        <translation>设置最大停机时间</translation>
    </message>
    <message>
        <source>The migration goes on copying memory first. (libvirt: %1)</source>
        <translation>迁移继续先复制内存。（libvirt：%1）</translation>
    </message>
    <message>
        <source>QEMU cannot do post-copy migration on these hosts: it needs the kernel&apos;s userfaultfd, which a QEMU that does not run as root may use only where vm.unprivileged_userfaultfd is 1. Migrate without &quot;Allow switching to post-copy&quot;, or allow userfaultfd on both hosts. (QEMU: %1)</source>
        <translation>这些主机上的 QEMU 无法进行后复制（post-copy）迁移：它需要内核的 userfaultfd，而不以 root 运行的 QEMU 只有在 vm.unprivileged_userfaultfd 为 1 时才能使用它。请取消“允许切换到后复制”后再迁移，或在两台主机上都允许 userfaultfd。（QEMU：%1）</translation>
    </message>
</context>
<context>
    <name>Vireo::DefinePoolDialog</name>
    <message>
        <source>Define Storage Pool</source>
        <translation>定义存储池</translation>
    </message>
    <message>
        <source>Pool type</source>
        <translation>存储池类型</translation>
    </message>
    <message>
        <source>dir: a folder on the host</source>
        <translation>dir:宿主机上的文件夹</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>存储池名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Folder on the host</source>
        <translation>宿主机上的文件夹</translation>
    </message>
    <message>
        <source>A folder on the host (not on this computer). libvirt creates it if it does not exist.</source>
        <translation>宿主机上(而不是本机上)的文件夹。如果不存在,libvirt 会创建它。</translation>
    </message>
    <message>
        <source>&amp;Folder on the host:</source>
        <translation>宿主机上的文件夹(&amp;F):</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>随宿主机启动(&amp;H)</translation>
    </message>
    <message>
        <source>Start the new pool with the host</source>
        <translation>让新存储池随宿主机启动</translation>
    </message>
    <message>
        <source>Problem with the new pool</source>
        <translation>新存储池的问题</translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation>定义(&amp;D)</translation>
    </message>
    <message>
        <source>Define the pool</source>
        <translation>定义存储池</translation>
    </message>
    <message>
        <source>Cancel the new pool</source>
        <translation>取消新建存储池</translation>
    </message>
    <message>
        <source>fs: a file system on a device of the host</source>
        <translation>fs:宿主机某个设备上的文件系统</translation>
    </message>
    <message>
        <source>netfs: a network share (NFS, CIFS, Gluster)</source>
        <translation>netfs:网络共享(NFS、CIFS、Gluster)</translation>
    </message>
    <message>
        <source>logical: an LVM volume group</source>
        <translation>logical:LVM 卷组</translation>
    </message>
    <message>
        <source>Vireo has no fields for %1 pools yet.</source>
        <translation>Vireo 尚无 %1 存储池的字段。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The host name or IP address of the file server.</source>
        <translation>文件服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O):</translation>
    </message>
    <message>
        <source>Export or share on the server</source>
        <translation>服务器上的导出或共享</translation>
    </message>
    <message>
        <source>NFS: the exported folder. CIFS: the share&apos;s name. Gluster: the volume&apos;s name.</source>
        <translation>NFS:导出的文件夹。CIFS:共享的名称。Gluster:卷的名称。</translation>
    </message>
    <message>
        <source>&amp;Export or share:</source>
        <translation>导出或共享(&amp;E):</translation>
    </message>
    <message>
        <source>Volume group</source>
        <translation>卷组</translation>
    </message>
    <message>
        <source>The LVM volume group that holds the pool&apos;s volumes.</source>
        <translation>存放该存储池各个卷的 LVM 卷组。</translation>
    </message>
    <message>
        <source>&amp;Volume group:</source>
        <translation>卷组(&amp;V):</translation>
    </message>
    <message>
        <source>Devices on the host</source>
        <translation>宿主机上的设备</translation>
    </message>
    <message>
        <source>Block devices of the host, separated by spaces.</source>
        <translation>宿主机的块设备,以空格分隔。</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>This host does not list its pool types (%1); libvirt&apos;s usual ones are offered.</source>
        <translation>此宿主机不列出它的存储池类型(%1);提供的是 libvirt 通常的类型。</translation>
    </message>
    <message>
        <source>Why these pool types are offered</source>
        <translation>为什么提供这些存储池类型</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>挂载点(&amp;M):</translation>
    </message>
    <message>
        <source>Mount point on the host</source>
        <translation>宿主机上的挂载点</translation>
    </message>
    <message>
        <source>&amp;Devices (optional):</source>
        <translation>设备(可选)(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>Devices of the volume group on the host</source>
        <translation>宿主机上该卷组的设备</translation>
    </message>
    <message>
        <source>Device on the host</source>
        <translation>宿主机上的设备</translation>
    </message>
    <message>
        <source>&amp;Create the volume group on these devices (they must be empty)</source>
        <translation>在这些设备上创建卷组(&amp;C)(设备必须为空)</translation>
    </message>
    <message>
        <source>Fo&amp;rmat the device with this file system if it has none (never over an existing one)</source>
        <translation>若设备尚无文件系统,则用此文件系统格式化它(&amp;R)(绝不覆盖已有的文件系统)</translation>
    </message>
    <message>
        <source>Create the volume group</source>
        <translation>创建卷组</translation>
    </message>
    <message>
        <source>Format the device</source>
        <translation>格式化设备</translation>
    </message>
    <message>
        <source>auto (detected when mounted)</source>
        <translation>auto(挂载时检测)</translation>
    </message>
</context>
<context>
    <name>Vireo::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?

The definition is removed from the host, with its snapshot metadata, saved state and UEFI variables. A backup of the XML is saved first to:
%2</source>
        <translation>删除 %1?

定义会从宿主机上删除,连同其快照元数据、保存的状态和 UEFI 变量。删除前会先把 XML 备份保存到:
%2</translation>
    </message>
    <message>
        <source>

Running domains are forced off first.</source>
        <translation>

正在运行的虚拟机会先被强制关机。</translation>
    </message>
    <message>
        <source>What Delete does</source>
        <translation>删除会做什么</translation>
    </message>
    <message>
        <source>Checked disks are deleted too. Those that other machines may need are unchecked, and say why.</source>
        <translation>选中的磁盘也会被删除。其他虚拟机可能需要的磁盘不会被选中,并注明原因。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the virtual machines and the checked disks</source>
        <translation>删除虚拟机和选中的磁盘</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>取消删除</translation>
    </message>
    <message>
        <source>Disks of %1</source>
        <translation>%1 的磁盘</translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation>(没有磁盘)</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1(空)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Delete disk %1 of %2</source>
        <translation>删除 %2 的磁盘 %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>保留:%1</translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; its XML was saved to %2</source>
        <translation>已删除“%1”;其 XML 已保存到 %2</translation>
    </message>
    <message>
        <source>. The backup holds the console password: only you can read it</source>
        <translation>。备份中含有控制台密码:只有您能读取它</translation>
    </message>
    <message>
        <source>. Disks deleted: %1</source>
        <translation>。已删除的磁盘:%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was deleted, but not its disk %2: %3</source>
        <translation>“%1”已删除,但其磁盘 %2 未删除:%3</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainActionSet</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Start (or resume) the selected domains</source>
        <translation>启动(或恢复)所选虚拟机</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected domains</source>
        <translation>暂停所选虚拟机</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>Resume the selected paused domains</source>
        <translation>恢复所选的已暂停虚拟机</translation>
    </message>
    <message>
        <source>&amp;Shut Down</source>
        <translation>关机(&amp;S)</translation>
    </message>
    <message>
        <source>Ask the guest operating system to shut down</source>
        <translation>请求客户机操作系统关机</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>重启(&amp;B)</translation>
    </message>
    <message>
        <source>Ask the guest operating system to restart</source>
        <translation>请求客户机操作系统重启</translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation>强制关机(&amp;F)…</translation>
    </message>
    <message>
        <source>Pull the plug: stop the domain at once, without shutting down</source>
        <translation>拔掉电源:立即停止虚拟机,不经过关机</translation>
    </message>
    <message>
        <source>Force &amp;Reset…</source>
        <translation>强制复位(&amp;R)…</translation>
    </message>
    <message>
        <source>Press the reset button: restart at once, without shutting down</source>
        <translation>按下复位键:立即重启,不经过关机</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save the domain&apos;s memory to disk and stop it (managed save)</source>
        <translation>将虚拟机的内存保存到磁盘并停止它(托管保存)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected domains from their host (asks first)</source>
        <translation>从宿主机上删除所选虚拟机(会先询问)</translation>
    </message>
    <message>
        <source>Shu&amp;t Down</source>
        <translation>关机(&amp;T)</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Shuts the guest down; its menu has Reboot, Force Reset, Force Off and Save</source>
        <translation>关闭客户机;它的菜单中有重启、强制复位、强制关机和保存</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>以及另外 1 台</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 台</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Force off %1?

This stops the domain at once, like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation>强制关闭 %1?

这会立即停止虚拟机,就像拔掉电源插头:客户机中未保存的数据会丢失。</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation>强制复位</translation>
    </message>
    <message>
        <source>Force reset %1?

This restarts the domain at once, like pressing the reset button: unsaved data in the guest is lost.</source>
        <translation>强制复位 %1?

这会立即重启虚拟机,就像按下复位键:客户机中未保存的数据会丢失。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Force off &apos;%1&apos;?

This stops the domain at once, like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation>强制关闭“%1”?

这会立即停止虚拟机,就像拔掉电源插头:客户机中未保存的数据会丢失。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause %1?

The guest stops running until it is resumed; its network connections may time out.</source>
        <translation>暂停 %1?

客户机会停止运行,直到被恢复;它的网络连接可能会超时。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainBootFirmware</name>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>带安全启动的 UEFI</translation>
    </message>
    <message>
        <source>Change the firmware</source>
        <translation>更改固件</translation>
    </message>
    <message>
        <source>Change &amp;firmware</source>
        <translation>更改固件(&amp;F)</translation>
    </message>
    <message>
        <source>Firmware to boot with</source>
        <translation>启动所用的固件</translation>
    </message>
    <message>
        <source>About the firmware</source>
        <translation>关于固件</translation>
    </message>
    <message>
        <source>The firmware can be changed only while the domain is shut off: it is running now.</source>
        <translation>只有在虚拟机关闭时才能更改固件：它现在正在运行。</translation>
    </message>
    <message>
        <source>Changing the firmware to %1…</source>
        <translation>正在将固件更改为 %1…</translation>
    </message>
    <message>
        <source>The domain now boots with %1.</source>
        <translation>虚拟机现在使用 %1 启动。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainBootPage</name>
    <message>
        <source>Start when the &amp;host starts</source>
        <translation>宿主机启动时启动(&amp;H)</translation>
    </message>
    <message>
        <source>Show a boot &amp;menu when the domain starts</source>
        <translation>虚拟机启动时显示引导菜单(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Boot device order</source>
        <translation>引导设备顺序</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>引导菜单</translation>
    </message>
    <message>
        <source>The firmware offers a menu of boot devices at start (Esc or F12 in most of them)</source>
        <translation>固件在启动时提供引导设备菜单(多数固件按 Esc 或 F12)</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>内核路径</translation>
    </message>
    <message>
        <source>Initrd path</source>
        <translation>initrd 路径</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <source>e.g. /var/lib/libvirt/boot/vmlinuz</source>
        <translation>例如 /var/lib/libvirt/boot/vmlinuz</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>Some devices carry their own boot order; see the Devices and XML pages. The list here is then ignored by libvirt.</source>
        <translation>有些设备带有自己的引导顺序;见“设备”和“XML”页面。此时 libvirt 会忽略这里的列表。</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件:</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>直接内核引导</translation>
    </message>
    <message>
        <source>&amp;Kernel path:</source>
        <translation>内核路径(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Initrd path:</source>
        <translation>initrd 路径(&amp;I):</translation>
    </message>
    <message>
        <source>Kernel a&amp;rguments:</source>
        <translation>内核参数(&amp;R):</translation>
    </message>
    <message>
        <source>Saved. The domain boots this way at its next start.</source>
        <translation>已保存。虚拟机下次启动时按此方式引导。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainCpuPage</name>
    <message>
        <source>Also change the persistent definition, so the domain keeps this count when it starts again</source>
        <translation>同时更改持久定义,使虚拟机再次启动时保持这个数量</translation>
    </message>
    <message>
        <source>Set the &amp;topology</source>
        <translation>设置拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>Apply &amp;maximum and topology</source>
        <translation>应用最大值和拓扑(&amp;M)</translation>
    </message>
    <message>
        <source>Maximum and topology</source>
        <translation>最大值和拓扑</translation>
    </message>
    <message>
        <source>The maximum and topology can be changed while the domain is shut off. Up to the maximum, vCPUs are added live.</source>
        <translation>最大值和拓扑只能在虚拟机关机时更改。在最大值以内,vCPU 可以热添加。</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Reported vCPU counts</source>
        <translation>报告的 vCPU 数量</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>插槽</translation>
    </message>
    <message>
        <source>Cores per socket</source>
        <translation>每插槽核心数</translation>
    </message>
    <message>
        <source>Threads per core</source>
        <translation>每核心线程数</translation>
    </message>
    <message>
        <source>Without a topology, each vCPU is a socket of its own</source>
        <translation>没有拓扑时,每个 vCPU 自成一个插槽</translation>
    </message>
    <message>
        <source> vCPUs</source>
        <translation> 个 vCPU</translation>
    </message>
    <message>
        <source>&amp;Number of vCPUs:</source>
        <translation>vCPU 数量(&amp;N):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>最大 vCPU 数(&amp;X):</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>最大 vCPU 数</translation>
    </message>
    <message>
        <source>&amp;Sockets:</source>
        <translation>插槽(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;ores:</source>
        <translation>核心(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>线程(&amp;H):</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>%1: %2 is not possible (%3 to %4); it stays at %5.</source>
        <translation>%1:%2 不可行(%3 到 %4);保持为 %5。</translation>
    </message>
    <message>
        <source>The domain reports %1 of at most %2 vCPUs running now; %3 at its next start.</source>
        <translation>虚拟机报告现在运行着 %1 个 vCPU(最多 %2 个);下次启动时为 %3 个。</translation>
    </message>
    <message>
        <source>The domain is defined with %1 of at most %2 vCPUs.</source>
        <translation>虚拟机定义为 %1 个 vCPU(最多 %2 个)。</translation>
    </message>
    <message>
        <source>Changes the definition; the domain starts with this count.</source>
        <translation>更改定义;虚拟机以此数量启动。</translation>
    </message>
    <message>
        <source>Changes the running domain now and its definition.</source>
        <translation>立即更改正在运行的虚拟机及其定义。</translation>
    </message>
    <message>
        <source>Changes the running domain only; it starts again with %1.</source>
        <translation>只更改正在运行的虚拟机;它再次启动时为 %1 个。</translation>
    </message>
    <message>
        <source>The hypervisor or the guest refused to remove vCPUs while the domain runs; it still has %1. (%2)</source>
        <translation>虚拟机运行时,虚拟机管理程序或客户机拒绝移除 vCPU;它仍有 %1 个。(%2)</translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2 vCPUs. (%3)</source>
        <translation>%1 超过了最大值 %2 个 vCPU。(%3)</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainMemoryPage</name>
    <message>
        <source>Also change the persistent definition&apos;s current memory</source>
        <translation>同时更改持久定义中的当前内存</translation>
    </message>
    <message>
        <source>Apply &amp;maximum</source>
        <translation>应用最大值(&amp;M)</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>The maximum can be changed while the domain is shut off.</source>
        <translation>最大值只能在虚拟机关机时更改。</translation>
    </message>
    <message>
        <source>Memory (balloon target)</source>
        <translation>内存(气球目标)</translation>
    </message>
    <message>
        <source>Balloon target</source>
        <translation>气球目标</translation>
    </message>
    <message>
        <source>Actual memory of the guest</source>
        <translation>客户机的实际内存</translation>
    </message>
    <message>
        <source>Balloon driver</source>
        <translation>气球驱动</translation>
    </message>
    <message>
        <source>Guest memory statistics</source>
        <translation>客户机内存统计</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual (guest has)</source>
        <translation>实际(客户机拥有)</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>&amp;Balloon target:</source>
        <translation>气球目标(&amp;B):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation>最大内存(&amp;X):</translation>
    </message>
    <message>
        <source>The guest reports %1 usable of %2 available.</source>
        <translation>客户机报告 %2 可用内存中有 %1 可以使用。</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>This domain has no memory balloon device, so its memory cannot change while it runs. Shut it off to change it.</source>
        <translation>此虚拟机没有内存气球设备,因此运行时无法改变内存。请关机后再更改。</translation>
    </message>
    <message>
        <source>The guest has not moved its balloon since the target changed: it seems to have no balloon driver (virtio_balloon) loaded. It keeps %1 until the driver runs or the domain restarts.</source>
        <translation>目标改变后客户机没有调整气球:它似乎没有加载气球驱动(virtio_balloon)。在驱动运行或虚拟机重启之前,它保持 %1。</translation>
    </message>
    <message>
        <source>Waiting for the guest&apos;s balloon driver to reach the target…</source>
        <translation>正在等待客户机的气球驱动达到目标…</translation>
    </message>
    <message>
        <source>Balloon statistics could not be turned on: %1</source>
        <translation>无法开启气球统计:%1</translation>
    </message>
    <message>
        <source>Changes the definition; the domain starts with this much memory.</source>
        <translation>更改定义;虚拟机以这么多内存启动。</translation>
    </message>
    <message>
        <source>Moves the balloon now and changes the definition.</source>
        <translation>立即调整气球并更改定义。</translation>
    </message>
    <message>
        <source>Moves the balloon now; the domain starts again with its defined memory.</source>
        <translation>立即调整气球;虚拟机再次启动时使用其定义的内存。</translation>
    </message>
    <message>
        <source>The running domain now has a target of %1, but its definition was not changed: %2</source>
        <translation>正在运行的虚拟机现在的目标是 %1,但其定义未能更改:%2</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainMonitorPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Commands go straight to QEMU&apos;s human monitor (HMP), as &lt;tt&gt;virsh qemu-monitor-command --hmp&lt;/tt&gt; does. Queries (&lt;tt&gt;info …&lt;/tt&gt;) only read. libvirt does not support changes made behind its back, so any other command is asked for first, and libvirt marks the domain as tainted.</source>
        <translation>命令直接发送到 QEMU 的人机监视器（HMP），与 &lt;tt&gt;virsh qemu-monitor-command --hmp&lt;/tt&gt; 相同。查询命令（&lt;tt&gt;info …&lt;/tt&gt;）只读取信息。libvirt 不支持绕过它所做的更改，因此其他命令会先征求确认，且 libvirt 会将该虚拟机标记为 tainted（已被污染）。</translation>
    </message>
    <message>
        <source>Monitor status</source>
        <translation>监视器状态</translation>
    </message>
    <message>
        <source>Monitor answers</source>
        <translation>监视器回答</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Monitor command</source>
        <translation>监视器命令</translation>
    </message>
    <message>
        <source>Run the monitor command</source>
        <translation>运行监视器命令</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Run a monitor command?</source>
        <translation>要运行监视器命令吗？</translation>
    </message>
    <message>
        <source>“%1” is not a query: it may change %2 behind libvirt&apos;s back, and libvirt does not support such changes. What libvirt shows afterwards may no longer be true.</source>
        <translation>“%1”不是查询命令：它可能绕过 libvirt 更改 %2，而 libvirt 不支持这类更改。之后 libvirt 显示的信息可能不再准确。</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>仍然运行</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>正在运行“%1”…</translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation>[错误] %1</translation>
    </message>
    <message>
        <source>The domain is not running; QEMU&apos;s monitor exists only while it runs.</source>
        <translation>虚拟机未在运行；QEMU 监视器只在虚拟机运行时存在。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainOverviewPage</name>
    <message>
        <source>Checking the host…</source>
        <translation>正在检查宿主机…</translation>
    </message>
    <message>
        <source>&amp;Use Software Emulation Instead</source>
        <translation>改用软件模拟(&amp;U)</translation>
    </message>
    <message>
        <source>Start when the &amp;host starts</source>
        <translation>宿主机启动时启动(&amp;H)</translation>
    </message>
    <message>
        <source>Title and description</source>
        <translation>标题和描述</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统:</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟机管理程序:</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机管理程序</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>机器类型:</translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation>机器类型</translation>
    </message>
    <message>
        <source>Use software emulation instead</source>
        <translation>改用软件模拟</translation>
    </message>
    <message>
        <source>Changes the domain&apos;s type from kvm to qemu (software emulation, slower) and starts it</source>
        <translation>将虚拟机的类型从 kvm 改为 qemu(软件模拟,较慢)并启动它</translation>
    </message>
    <message>
        <source>Acceleration:</source>
        <translation>加速:</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件:</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>资源:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自动启动:</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知:%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>KVM (hardware virtualization)</source>
        <translation>KVM(硬件虚拟化)</translation>
    </message>
    <message>
        <source>KVM, but starting it will fail here. %1</source>
        <translation>KVM,但在这里启动会失败。%1</translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG): slow; KVM is usable on this host, type kvm would run at near native speed.</source>
        <translation>软件模拟(QEMU TCG):慢;此宿主机上 KVM 可用,类型 kvm 能以接近原生的速度运行。</translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG): %1</source>
        <translation>软件模拟(QEMU TCG):%1</translation>
    </message>
    <message>
        <source>Switching to software emulation and starting…</source>
        <translation>正在切换到软件模拟并启动…</translation>
    </message>
    <message>
        <source>Switching &apos;%1&apos; to software emulation and starting it…</source>
        <translation>正在将“%1”切换到软件模拟并启动…</translation>
    </message>
    <message>
        <source>Now runs with software emulation</source>
        <translation>现在以软件模拟运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs with software emulation (its type is qemu)</source>
        <translation>“%1”现在以软件模拟运行(其类型为 qemu)</translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation>(临时)</translation>
    </message>
    <message>
        <source>%1 of %2 vCPUs, %3 of %4 memory</source>
        <translation>%2 个 vCPU 中的 %1 个,%4 内存中的 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation>(%1,%2)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>none reported (no DHCP lease, no guest agent)</source>
        <translation>未报告(没有 DHCP 租约,也没有客户机代理)</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainPerformancePage</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Guest CPU</source>
        <translation>客户机 CPU</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainSnapshotsPage</name>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation>创建快照(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Revert to snapshot…</source>
        <translation>恢复到快照(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete snapshot…</source>
        <translation>删除快照(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation>恢复到快照</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Refresh snapshots</source>
        <translation>刷新快照</translation>
    </message>
    <message>
        <source>Snapshot status</source>
        <translation>快照状态</translation>
    </message>
    <message>
        <source>Screen when the snapshot was taken</source>
        <translation>创建快照时的屏幕</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1(当前)</translation>
    </message>
    <message>
        <source>The current snapshot: the domain&apos;s present state builds on it</source>
        <translation>当前快照:虚拟机的现状建立在它之上</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>还没有快照。</translation>
    </message>
    <message>
        <source>No picture of the screen: the domain was not running when this snapshot was taken here.</source>
        <translation>没有屏幕截图:在这里创建此快照时虚拟机未在运行。</translation>
    </message>
    <message>
        <source>Taking snapshot &apos;%1&apos; of %2…</source>
        <translation>正在为 %2 创建快照“%1”…</translation>
    </message>
    <message>
        <source>Took snapshot &apos;%1&apos; of %2.</source>
        <translation>已为 %2 创建快照“%1”。</translation>
    </message>
    <message>
        <source>Taking snapshot &apos;%1&apos;, then reverting %2 to &apos;%3&apos;…</source>
        <translation>正在创建快照“%1”,然后将 %2 恢复到“%3”…</translation>
    </message>
    <message>
        <source>Reverting %1 to snapshot &apos;%2&apos;…</source>
        <translation>正在将 %1 恢复到快照“%2”…</translation>
    </message>
    <message>
        <source>Reverted %1 to snapshot &apos;%2&apos;.</source>
        <translation>已将 %1 恢复到快照“%2”。</translation>
    </message>
    <message>
        <source>Deleting snapshot &apos;%1&apos; of %2…</source>
        <translation>正在删除 %2 的快照“%1”…</translation>
    </message>
    <message>
        <source>Deleted snapshot &apos;%1&apos; of %2.</source>
        <translation>已删除 %2 的快照“%1”。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Guests can get up to %1.</source>
        <translation>客户机最多可获得 %1。</translation>
    </message>
    <message>
        <source>Connecting… %1</source>
        <translation>正在连接… %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Disconnected: %1 (retrying)</source>
        <translation>已断开:%1(正在重试)</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开:%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 is not connected, so the state of &apos;%2&apos; is unknown. When last seen it was %3.</source>
        <translation>%1 未连接,所以“%2”的状态未知。上次看到时它的状态为%3。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1
UUID %2</source>
        <translation>%1
UUID %2</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1(最多 %2)</translation>
    </message>
    <message>
        <source>%1 of at most %2 vCPUs</source>
        <translation>%1 个 vCPU(最多 %2 个)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation>(临时)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Connected · %1 of %2 running</source>
        <translation>已连接 · %2 台中 %1 台在运行</translation>
    </message>
    <message>
        <source>CPU usage is not sampled (Edit &gt; Preferences &gt; Polling).</source>
        <translation>未采样 CPU 使用率（编辑 &gt; 首选项 &gt; 轮询）。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainWindow</name>
    <message>
        <source>Domain</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>This domain no longer exists on %1.</source>
        <translation>此虚拟机在 %1 上已不存在。</translation>
    </message>
    <message>
        <source>Domain details — Vireo</source>
        <translation>虚拟机详情 — Vireo</translation>
    </message>
    <message>
        <source>%1: %2 applied</source>
        <translation>%1:已应用%2</translation>
    </message>
    <message>
        <source>%1: %2 applied: %3</source>
        <translation>%1:已应用%2:%3</translation>
    </message>
    <message>
        <source>%1: %2 not applied: %3</source>
        <translation>%1:未应用%2:%3</translation>
    </message>
    <message>
        <source>%1: %2 set to %3</source>
        <translation>%1:%2 已设为 %3</translation>
    </message>
    <message>
        <source>%1: %2 not changed: %3</source>
        <translation>%1:%2 未更改:%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 on %2 — Vireo</source>
        <translation>%2 上的 %1 — Vireo</translation>
    </message>
    <message>
        <source>QEMU monitor</source>
        <translation>QEMU 监视器</translation>
    </message>
    <message>
        <source>Moved to another host</source>
        <translation>已移到另一台宿主机</translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation>已从 %1 移到 %2。</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3: its details follow it.</source>
        <translation>%1 已从 %2 移到 %3:其详细信息窗口随之移动。</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainWindowChrome</name>
    <message>
        <source>Domain toolbar</source>
        <translation>虚拟机工具栏</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Show the graphical console</source>
        <translation>显示图形控制台</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show the virtual hardware details</source>
        <translation>显示虚拟硬件详情</translation>
    </message>
    <message>
        <source>View &amp;Manager</source>
        <translation>查看管理器(&amp;M)</translation>
    </message>
    <message>
        <source>Show the manager window with every host and domain</source>
        <translation>显示包含所有宿主机和虚拟机的管理器窗口</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>查看(&amp;W)</translation>
    </message>
    <message>
        <source>Shut Down was ignored</source>
        <translation>关机请求被忽略</translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation>强制关机(&amp;F)…</translation>
    </message>
    <message>
        <source>Force off the domain that ignored Shut Down</source>
        <translation>强制关闭忽略了关机请求的虚拟机</translation>
    </message>
</context>
<context>
    <name>Vireo::DomainXmlPage</name>
    <message>
        <source>Domain XML</source>
        <translation>虚拟机 XML</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>The persistent definition. A running domain takes most changes at its next start.</source>
        <translation>持久定义。正在运行的虚拟机大多数更改在下次启动时生效。</translation>
    </message>
    <message>
        <source>Validating and applying…</source>
        <translation>正在验证并应用…</translation>
    </message>
    <message>
        <source>Not applied; the domain is unchanged. %1</source>
        <translation>未应用;虚拟机未更改。%1</translation>
    </message>
    <message>
        <source>Applied. The running domain takes the change at its next start.</source>
        <translation>已应用。正在运行的虚拟机在下次启动时采用此更改。</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
</context>
<context>
    <name>Vireo::FlatDomainProxy</name>
    <message>
        <source>Host</source>
        <translation>宿主机</translation>
    </message>
</context>
<context>
    <name>Vireo::GrabKeysButton</name>
    <message>
        <source>Click, then press the keys together and let go</source>
        <translation>点击后同时按下这些键，再松开</translation>
    </message>
    <message>
        <source>Press the keys…</source>
        <translation>请按键…</translation>
    </message>
    <message>
        <source>Recording: press the keys together, then let go</source>
        <translation>正在录制：同时按下这些键，然后松开</translation>
    </message>
</context>
<context>
    <name>Vireo::HostAuthPrompter</name>
    <message>
        <source>Logging in to %1 with the password stored in the desktop keyring.</source>
        <translation>正在使用桌面密钥环中保存的密码登录 %1。</translation>
    </message>
    <message>
        <source>The host refused the password stored in the keyring.</source>
        <translation>宿主机拒绝了密钥环中保存的密码。</translation>
    </message>
    <message>
        <source>Vireo cannot remember the password: %1.</source>
        <translation>Vireo 无法记住该密码:%1。</translation>
    </message>
    <message>
        <source>Logging in to %1: %2; the password will not be remembered.</source>
        <translation>正在登录 %1:%2;不会记住该密码。</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the desktop keyring.</source>
        <translation>%1 的密码已保存在桌面密钥环中。</translation>
    </message>
    <message>
        <source>The password of %1 was not stored: %2. Nothing was written anywhere else.</source>
        <translation>%1 的密码未保存:%2。没有写入其他任何地方。</translation>
    </message>
</context>
<context>
    <name>Vireo::HostEventLog</name>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已连接到 %1(%2)</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>已断开与 %1 的连接</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>与 %1 的连接丢失:%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1:%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 crashed: now %3, before %4</source>
        <translation>%2 上的“%1”崩溃了:现在%3,之前%4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 changed from %3 to %4</source>
        <translation>%2 上的“%1”从%3变为%4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed from %2</source>
        <translation>“%1”已从 %2 中删除</translation>
    </message>
</context>
<context>
    <name>Vireo::HostLabelDialog</name>
    <message>
        <source>Host label</source>
        <translation>宿主机标签</translation>
    </message>
    <message>
        <source>Empty: the host&apos;s own name, %1</source>
        <translation>留空：使用宿主机自己的名称 %1</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Set Label — %1</source>
        <translation>设置标签 — %1</translation>
    </message>
    <message>
        <source>A name for this host in the list, the flat list&apos;s Host column and the window titles. Leave it empty to use the host&apos;s own name, &quot;%1&quot;.</source>
        <translation>此宿主机在列表、平铺列表的“宿主机”列和窗口标题中显示的名称。留空则使用宿主机自己的名称“%1”。</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>连接 URI</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Set the label</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Keep the label as it was</source>
        <translation>保持原标签</translation>
    </message>
</context>
<context>
    <name>Vireo::HostSession</name>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>测试驱动</translation>
    </message>
    <message>
        <source>LXC</source>
        <translation>LXC</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>libvirt is still examining the hypervisor; the first time can take a minute.</source>
        <translation>libvirt 仍在检查虚拟机管理程序;第一次可能需要一分钟。</translation>
    </message>
    <message>
        <source>Test driver: %1</source>
        <translation>测试驱动:%1</translation>
    </message>
</context>
<context>
    <name>Vireo::HostSummaryWindow</name>
    <message>
        <source>%1 — Connection Details</source>
        <translation>%1 — 连接详情</translation>
    </message>
    <message>
        <source>Connection details pages</source>
        <translation>连接详情页面</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <source>Host performance</source>
        <translation>宿主机性能</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>宿主机 CPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Host CPU usage chart</source>
        <translation>宿主机 CPU 使用率图表</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>宿主机内存</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Host memory chart</source>
        <translation>宿主机内存图表</translation>
    </message>
    <message>
        <source>Virtualization check</source>
        <translation>虚拟化检查</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Virtualization verdict</source>
        <translation>虚拟化结论</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Run the virtualization check again</source>
        <translation>重新运行虚拟化检查</translation>
    </message>
    <message>
        <source>Close the connection details</source>
        <translation>关闭连接详情</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开:%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n logical CPU(s) at %3 MHz</source>
        <translation>
            <numerusform>%1(%2),%n 个逻辑 CPU,频率 %3 MHz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 socket(s) × %2 core(s) × %3 thread(s)</source>
        <translation>%1 个插槽 × %2 个核心 × %3 个线程</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1(%2 可用)</translation>
    </message>
    <message>
        <source>Connect to the host to check its virtualization support.</source>
        <translation>连接到宿主机以检查其虚拟化支持。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机管理程序</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU topology</source>
        <translation>CPU 拓扑</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Networ&amp;ks</source>
        <translation>网络(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Vireo::HostWorker</name>
    <message>
        <source>List the domains of %1</source>
        <translation>列出 %1 的虚拟机</translation>
    </message>
    <message>
        <source>Read statistics of %1</source>
        <translation>读取 %1 的统计数据</translation>
    </message>
</context>
<context>
    <name>Vireo::MainWindow</name>
    <message>
        <source>Vireo — Virtual Machine Manager</source>
        <translation>Vireo — 虚拟机管理器</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation>创建新的虚拟机</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the details and console of the selected domain</source>
        <translation>打开所选虚拟机的详情和控制台</translation>
    </message>
    <message>
        <source>Define from XML &amp;File…</source>
        <translation>从 XML 文件定义(&amp;F)…</translation>
    </message>
    <message>
        <source>View &amp;XML</source>
        <translation>查看 XML(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>断开连接(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation>删除连接(&amp;M)…</translation>
    </message>
    <message>
        <source>Connection &amp;Details</source>
        <translation>连接详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Autoconnect</source>
        <translation>自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove the connection to %1 (%2) from Vireo?

Its domains are not touched; you can add the connection again later.</source>
        <translation>要从 Vireo 中删除到 %1(%2)的连接吗?

其中的虚拟机不受影响;以后可以再次添加此连接。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>查看(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Every &amp;1 second</source>
        <translation>每 &amp;1 秒</translation>
    </message>
    <message>
        <source>Every &amp;2 seconds</source>
        <translation>每 &amp;2 秒</translation>
    </message>
    <message>
        <source>Every &amp;5 seconds</source>
        <translation>每 &amp;5 秒</translation>
    </message>
    <message>
        <source>Every 1&amp;0 seconds</source>
        <translation>每 1&amp;0 秒</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Vireo</source>
        <translation>关于 Vireo(&amp;A)</translation>
    </message>
    <message>
        <source>About Vireo</source>
        <translation>关于 Vireo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;p&gt;A fast virtual machine manager for libvirt hosts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;p&gt;一个快速的 libvirt 宿主机虚拟机管理器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F):</translation>
    </message>
    <message>
        <source>Name or UUID</source>
        <translation>名称或 UUID</translation>
    </message>
    <message>
        <source>Filter domains by name or UUID</source>
        <translation>按名称或 UUID 筛选虚拟机</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <source>Show domains in state</source>
        <translation>显示处于该状态的虚拟机</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部虚拟机</translation>
    </message>
    <message>
        <source>Active (running or paused)</source>
        <translation>活动的(运行中或已暂停)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Hosts and domains</source>
        <translation>宿主机和虚拟机</translation>
    </message>
    <message>
        <source>No host is connected. Add a connection to a libvirt host, or look around on the demo host: simulated, with no real VMs.</source>
        <translation>没有连接宿主机。请添加一个到 libvirt 宿主机的连接,或者在演示宿主机上看看:它是模拟的,没有真实的虚拟机。</translation>
    </message>
    <message>
        <source>No host is connected</source>
        <translation>没有连接宿主机</translation>
    </message>
    <message>
        <source>Add &amp;Connection…</source>
        <translation>添加连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a connection to a host</source>
        <translation>添加到宿主机的连接</translation>
    </message>
    <message>
        <source>Show the &amp;Demo Host</source>
        <translation>显示演示宿主机(&amp;D)</translation>
    </message>
    <message>
        <source>Show the demo host (simulated, no real VMs)</source>
        <translation>显示演示宿主机(模拟的,没有真实虚拟机)</translation>
    </message>
    <message>
        <source>%1 of 1 domain</source>
        <translation>1 台虚拟机中的 %1 台</translation>
    </message>
    <message>
        <source>%1 of %2 domains</source>
        <translation>%2 台虚拟机中的 %1 台</translation>
    </message>
    <message>
        <source>1 domain</source>
        <translation>1 台虚拟机</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>%1 台虚拟机</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>显示消息</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>连接缓慢</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation>正在连接 %1:%2</translation>
    </message>
    <message>
        <source>Select a connected host first.</source>
        <translation>请先选择一个已连接的宿主机。</translation>
    </message>
    <message>
        <source>Define from XML file</source>
        <translation>从 XML 文件定义</translation>
    </message>
    <message>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation>虚拟机 XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1:%2</translation>
    </message>
    <message>
        <source>%1 is too large for a domain definition (over 4 MiB)</source>
        <translation>%1 太大,不像虚拟机定义(超过 4 MiB)</translation>
    </message>
    <message>
        <source>%1 does not contain a &lt;domain&gt; definition</source>
        <translation>%1 不包含 &lt;domain&gt; 定义</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation>(来自 %1)</translation>
    </message>
    <message>
        <source>Defined a domain from %1</source>
        <translation>已从 %1 定义一台虚拟机</translation>
    </message>
    <message>
        <source>XML of %1</source>
        <translation>%1 的 XML</translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation>虚拟机 XML</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;VNC Address…</source>
        <translation>打开 VNC 地址(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;IP Address Column</source>
        <translation>IP 地址列(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>克隆(&amp;L)…</translation>
    </message>
    <message>
        <source>Make a clone of the selected virtual machine</source>
        <translation>克隆所选虚拟机</translation>
    </message>
    <message>
        <source>Clone ×&amp;N…</source>
        <translation>克隆 ×N(&amp;N)…</translation>
    </message>
    <message>
        <source>Make many clones of the selected virtual machine from a name pattern</source>
        <translation>按名称模式创建所选虚拟机的多个克隆</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
        <source>Migrated to %1.</source>
        <translation>已迁移到 %1。</translation>
    </message>
    <message>
        <source>Classroom &amp;Wall</source>
        <translation>课堂监视墙(&amp;W)</translation>
    </message>
    <message>
        <source>Show live thumbnails of the running guests of the selected hosts</source>
        <translation>显示所选宿主机上运行中虚拟机的实时缩略图</translation>
    </message>
    <message>
        <source>F&amp;lat List</source>
        <translation>平铺列表(&amp;L)</translation>
    </message>
    <message>
        <source>List the domains of all hosts together, with a Host column</source>
        <translation>将所有宿主机的虚拟机列在一起，并显示“宿主机”列</translation>
    </message>
    <message>
        <source>Set &amp;Label…</source>
        <translation>设置标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Give the host a name of your own</source>
        <translation>为宿主机取一个自己的名称</translation>
    </message>
    <message>
        <source>Domains of all hosts</source>
        <translation>所有宿主机的虚拟机</translation>
    </message>
</context>
<context>
    <name>Vireo::MessageLogView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Problem at %1: %2</source>
        <translation>%1 处有问题:%2</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>在 %1:%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>Vireo::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation>迁移 %1</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt; 从 &lt;b&gt;%2&lt;/b&gt; 移到另一台宿主机。</translation>
    </message>
    <message>
        <source>Destination host</source>
        <translation>目标宿主机</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Live (keeps running)</source>
        <translation>在线(&amp;L)(保持运行)</translation>
    </message>
    <message>
        <source>&amp;Offline (the definition only)</source>
        <translation>离线(&amp;O)(仅定义)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式:</translation>
    </message>
    <message>
        <source>&amp;Peer-to-peer (the source host talks to the destination)</source>
        <translation>点对点(&amp;P)(源宿主机直接与目标通信)</translation>
    </message>
    <message>
        <source>&amp;Tunnelled through libvirt&apos;s connection</source>
        <translation>通过 libvirt 的连接建立隧道(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;storage (disks not shared between the hosts)</source>
        <translation>复制存储(&amp;S)(宿主机之间不共享的磁盘)</translation>
    </message>
    <message>
        <source>&amp;Keep it defined on the destination</source>
        <translation>在目标上保留定义(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undefine it on the source</source>
        <translation>在源宿主机上取消定义(&amp;U)</translation>
    </message>
    <message>
        <source>Allow switching to post-cop&amp;y</source>
        <translation>允许切换为后拷贝(post-copy)(&amp;Y)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <translation>libvirt 的默认值</translation>
    </message>
    <message>
        <source>Maximum downtime in milliseconds</source>
        <translation>最大停机时间(毫秒)</translation>
    </message>
    <message>
        <source>Maximum down&amp;time:</source>
        <translation>最大停机时间(&amp;T):</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Bandwidth in MiB per second</source>
        <translation>带宽(MiB 每秒)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B):</translation>
    </message>
    <message>
        <source>the destination&apos;s choice, e.g. tcp://10.0.0.2</source>
        <translation>由目标决定,例如 tcp://10.0.0.2</translation>
    </message>
    <message>
        <source>Migration address</source>
        <translation>迁移地址</translation>
    </message>
    <message>
        <source>Migration &amp;address:</source>
        <translation>迁移地址(&amp;A):</translation>
    </message>
    <message>
        <source>Use an &amp;edited XML on the destination (a different disk path…)</source>
        <translation>在目标上使用编辑过的 XML(&amp;E)(不同的磁盘路径…)</translation>
    </message>
    <message>
        <source>Domain XML for the destination</source>
        <translation>用于目标的虚拟机 XML</translation>
    </message>
    <message>
        <source>Reading both hosts…</source>
        <translation>正在读取两台宿主机…</translation>
    </message>
    <message>
        <source>What the check says</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>迁移进度</translation>
    </message>
    <message>
        <source>Switch to &amp;post-copy</source>
        <translation>切换为后拷贝(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel migration</source>
        <translation>取消迁移(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>No other host is connected: connect the destination first.</source>
        <translation>没有连接其他宿主机:请先连接目标宿主机。</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ The destination can take it.</source>
        <translation>✓ 目标可以接收它。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 to go</source>
        <translation>已发送 %1 / %2,还剩 %3</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) dirtied per second</source>
        <translation>
            <numerusform>每秒 %n 个脏页</numerusform>
        </translation>
    </message>
    <message>
        <source>expected downtime %1 ms</source>
        <translation>预计停机时间 %1 ms</translation>
    </message>
    <message>
        <source>storage %1 of %2</source>
        <translation>存储 %1 / %2</translation>
    </message>
    <message>
        <source>post-copy</source>
        <translation>后拷贝</translation>
    </message>
    <message>
        <source>Migrated.</source>
        <translation>已迁移。</translation>
    </message>
    <message>
        <source>It took %1 ms</source>
        <translation>耗时 %1 ms</translation>
    </message>
    <message>
        <source>with %1 ms of downtime</source>
        <translation>停机时间 %1 ms</translation>
    </message>
    <message>
        <source>Cancelled: the domain stays on the source.</source>
        <translation>已取消:虚拟机留在源宿主机上。</translation>
    </message>
    <message>
        <source>Failed, the domain stays on the source: %1</source>
        <translation>失败,虚拟机留在源宿主机上:%1</translation>
    </message>
    <message>
        <source>What the switch to post-copy says</source>
        <translation>切换到后复制的结果</translation>
    </message>
    <message>
        <source>Run the guest on the destination now and fetch the rest of its memory from the source as it is used: the migration ends, but the guest needs both hosts until then</source>
        <translation>现在就在目标主机上运行客户机，其余内存在用到时再从源主机获取：迁移随之结束，但在此之前客户机需要两台主机</translation>
    </message>
    <message>
        <source>Could not switch to post-copy: %1</source>
        <translation>无法切换到后复制：%1</translation>
    </message>
</context>
<context>
    <name>Vireo::NetworkDialog</name>
    <message>
        <source>Guests reach outside through the host&apos;s address (NAT); outside cannot reach them.</source>
        <translation>客户机通过宿主机的地址访问外部(NAT);外部无法访问它们。</translation>
    </message>
    <message>
        <source>Guests&apos; traffic is routed to the outside without NAT; the outside network needs a route back to the subnet.</source>
        <translation>客户机的流量不经 NAT 路由到外部;外部网络需要一条回到该子网的路由。</translation>
    </message>
    <message>
        <source>Guests reach each other and the host only.</source>
        <translation>客户机只能互相访问以及访问宿主机。</translation>
    </message>
    <message>
        <source>Like routed, but libvirt adds no firewall rules at all.</source>
        <translation>与路由模式相同,但 libvirt 不添加任何防火墙规则。</translation>
    </message>
    <message>
        <source>Guests join an existing bridge of the host, on the host&apos;s own network; libvirt gives no addresses.</source>
        <translation>客户机加入宿主机现有的网桥,位于宿主机自己的网络上;libvirt 不分配地址。</translation>
    </message>
    <message>
        <source>Create Virtual Network</source>
        <translation>创建虚拟网络</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M):</translation>
    </message>
    <message>
        <source>What the mode does</source>
        <translation>该模式的作用</translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation>IPv4 子网</translation>
    </message>
    <message>
        <source>The network address and prefix length. The host takes the first address; guests use it as their gateway and DNS server.</source>
        <translation>网络地址和前缀长度。宿主机使用第一个地址;客户机把它用作网关和 DNS 服务器。</translation>
    </message>
    <message>
        <source>IPv4 &amp;subnet:</source>
        <translation>IPv4 子网(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Give guests addresses (DHCP)</source>
        <translation>为客户机分配地址(DHCP)(&amp;G)</translation>
    </message>
    <message>
        <source>Give guests addresses with DHCP</source>
        <translation>用 DHCP 为客户机分配地址</translation>
    </message>
    <message>
        <source>First DHCP address</source>
        <translation>第一个 DHCP 地址</translation>
    </message>
    <message>
        <source>DHCP &amp;from:</source>
        <translation>DHCP 起始(&amp;F):</translation>
    </message>
    <message>
        <source>Last DHCP address</source>
        <translation>最后一个 DHCP 地址</translation>
    </message>
    <message>
        <source>DHCP &amp;to:</source>
        <translation>DHCP 结束(&amp;T):</translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation>转发设备</translation>
    </message>
    <message>
        <source>any host interface</source>
        <translation>宿主机的任意接口</translation>
    </message>
    <message>
        <source>The host interface (eth0, enp1s0…) the guests&apos; traffic leaves by; empty: whichever the host&apos;s routes choose.</source>
        <translation>客户机流量离开宿主机所经的接口(eth0、enp1s0…);留空:由宿主机的路由决定。</translation>
    </message>
    <message>
        <source>&amp;Forward device:</source>
        <translation>转发设备(&amp;F):</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>宿主机网桥</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>宿主机网桥(&amp;B):</translation>
    </message>
    <message>
        <source>Problem with the new network</source>
        <translation>新网络的问题</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Create the network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>Cancel the new network</source>
        <translation>取消新建网络</translation>
    </message>
</context>
<context>
    <name>Vireo::NetworksPage</name>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation>IPv4 子网</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 范围</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Start the virtual network</source>
        <translation>启动虚拟网络</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>停止(&amp;P)…</translation>
    </message>
    <message>
        <source>Stop the virtual network</source>
        <translation>停止虚拟网络</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>随宿主机启动(&amp;H)</translation>
    </message>
    <message>
        <source>Start the network with the host</source>
        <translation>让网络随宿主机启动</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the networks and leases again</source>
        <translation>重新读取网络和租约</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>新建网络(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual network</source>
        <translation>创建虚拟网络</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the virtual network</source>
        <translation>删除虚拟网络</translation>
    </message>
    <message>
        <source>Domains attached to the network</source>
        <translation>连接到该网络的虚拟机</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP 租约</translation>
    </message>
    <message>
        <source>DHCP leases of the selected network</source>
        <translation>所选网络的 DHCP 租约</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>DHCP leases status</source>
        <translation>DHCP 租约状态</translation>
    </message>
    <message>
        <source>Networks status</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Connect to the host to see its networks.</source>
        <translation>连接到宿主机以查看其网络。</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 经由 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The host is %1 on this network</source>
        <translation>宿主机在此网络上的地址是 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1(%2 个活动)</translation>
    </message>
    <message>
        <source>This host has no virtual networks.</source>
        <translation>此宿主机没有虚拟网络。</translation>
    </message>
    <message>
        <source>Start network &apos;%1&apos; to see its leases.</source>
        <translation>启动网络“%1”以查看其租约。</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; gives no addresses (no DHCP).</source>
        <translation>网络“%1”不分配地址(没有 DHCP)。</translation>
    </message>
    <message>
        <source>Reading the leases…</source>
        <translation>正在读取租约…</translation>
    </message>
    <message>
        <source>This host&apos;s network driver does not report DHCP leases.</source>
        <translation>此宿主机的网络驱动不报告 DHCP 租约。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>No guest holds a lease now.</source>
        <translation>现在没有客户机持有租约。</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s).</source>
        <translation>
            <numerusform>%n 个租约。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1(活动)</translation>
    </message>
    <message>
        <source>No domain has a network card on &apos;%1&apos;.</source>
        <translation>没有虚拟机在“%1”上有网卡。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已连接:%1</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; started.</source>
        <translation>网络“%1”已启动。</translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation>停止网络</translation>
    </message>
    <message>
        <source>%1

Stop network &apos;%2&apos; anyway?</source>
        <translation>%1

仍要停止网络“%2”吗?</translation>
    </message>
    <message>
        <source>&amp;Stop network</source>
        <translation>停止网络(&amp;S)</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; stopped.</source>
        <translation>网络“%1”已停止。</translation>
    </message>
    <message>
        <source>Active domains (running or paused) use network &apos;%1&apos;: %2.

Their network cards lose the network until it starts again. Stop it?</source>
        <translation>活动的虚拟机(运行中或已暂停)正在使用网络“%1”:%2。

在它再次启动之前,它们的网卡会失去网络。要停止它吗?</translation>
    </message>
    <message>
        <source>Creating network &apos;%1&apos;…</source>
        <translation>正在创建网络“%1”…</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; created and started.</source>
        <translation>网络“%1”已创建并启动。</translation>
    </message>
    <message>
        <source>Delete virtual network &apos;%1&apos;? Its definition is removed; this cannot be undone.</source>
        <translation>删除虚拟网络“%1”?其定义会被删除;此操作无法撤销。</translation>
    </message>
    <message>
        <source>These domains have network cards on it and will not start until they are moved to another network: %1.</source>
        <translation>这些虚拟机在该网络上有网卡,在移到其他网络之前将无法启动:%1。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>&amp;Delete network</source>
        <translation>删除网络(&amp;D)</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; deleted.</source>
        <translation>网络“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>Vireo::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation>未选择宿主机。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>The domain XML is shown here once the problem below is solved.</source>
        <translation>解决下面的问题后,这里会显示虚拟机 XML。</translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos; on %2…</source>
        <translation>正在 %2 上创建“%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined but could not start: KVM is not usable on this host.</source>
        <translation>“%1”已定义,但无法启动:此宿主机上 KVM 不可用。</translation>
    </message>
    <message>
        <source>Cancel undoes the creation: the new virtual machine is removed, with its new disk.</source>
        <translation>“取消”会撤销创建:新虚拟机及其新磁盘将被删除。</translation>
    </message>
    <message>
        <source>Created &apos;%1&apos; on %2; KVM is not usable there, so it runs with software emulation (its type is qemu)</source>
        <translation>已在 %2 上创建“%1”;那里 KVM 不可用,所以它以软件模拟运行(其类型为 qemu)</translation>
    </message>
    <message>
        <source>Created &apos;%1&apos; on %2</source>
        <translation>已在 %2 上创建“%1”</translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos; on %2 was cancelled: %3</source>
        <translation>在 %2 上创建“%1”已取消:%3</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos; on %2: %3</source>
        <translation>无法在 %2 上创建“%1”:%3</translation>
    </message>
</context>
<context>
    <name>Vireo::NewVolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation>新建卷</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;qcow2: grows as the guest writes; supports snapshots.</source>
        <translation>&amp;qcow2:随客户机写入而增长;支持快照。</translation>
    </message>
    <message>
        <source>Format qcow2</source>
        <translation>qcow2 格式</translation>
    </message>
    <message>
        <source>&amp;raw: allocated in full now; fastest.</source>
        <translation>&amp;raw:现在就分配全部空间;最快。</translation>
    </message>
    <message>
        <source>Format raw</source>
        <translation>raw 格式</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <source>Volume size in GiB</source>
        <translation>卷大小(GiB)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S):</translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation>后备卷</translation>
    </message>
    <message>
        <source>A qcow2 volume can read from another volume and keep only what the guest changes: a quick copy of a prepared image.</source>
        <translation>qcow2 卷可以从另一个卷读取,只保存客户机更改的部分:快速复制一个准备好的镜像。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1(%2,%3)</translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation>后备卷(&amp;B):</translation>
    </message>
    <message>
        <source>Problem with the new volume</source>
        <translation>新卷的问题</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Create the volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <source>Cancel the new volume</source>
        <translation>取消新建卷</translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation>请为卷命名。</translation>
    </message>
    <message>
        <source>A volume name cannot contain &apos;/&apos; or be &apos;.&apos; or &apos;..&apos;.</source>
        <translation>卷名称不能包含“/”,也不能是“.”或“..”。</translation>
    </message>
    <message>
        <source>The pool already has a volume named &apos;%1&apos;.</source>
        <translation>存储池中已有名为“%1”的卷。</translation>
    </message>
</context>
<context>
    <name>Vireo::PerfChart</name>
    <message>
        <source>%1 (not reported)</source>
        <translation>%1(未报告)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（已关闭）</translation>
    </message>
</context>
<context>
    <name>Vireo::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Statistics interval</source>
        <translation>统计间隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sample &amp;statistics every:</source>
        <translation>统计数据采样间隔(&amp;S):</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Send the guest&apos;s &amp;clipboard to the host</source>
        <translation>将客户机的剪贴板发送给宿主机(&amp;C)</translation>
    </message>
    <message>
        <source>For consoles of virtual machines you have not chosen for yet; each console&apos;s Clipboard menu still decides for its own.</source>
        <translation>适用于您尚未单独选择过的虚拟机控制台;每个控制台的“剪贴板”菜单仍可单独决定。</translation>
    </message>
    <message>
        <source>New virtual machines</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>qcow2 (grows as the guest writes; snapshots)</source>
        <translation>qcow2(随客户机写入而增长;支持快照)</translation>
    </message>
    <message>
        <source>raw (allocated in full; fastest)</source>
        <translation>raw(全部预先分配;最快)</translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation>磁盘格式(&amp;F):</translation>
    </message>
    <message>
        <source>Graphics listen address</source>
        <translation>图形监听地址</translation>
    </message>
    <message>
        <source>127.0.0.1 — only this host (safe)</source>
        <translation>127.0.0.1 — 仅此宿主机(安全)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network the host is on</source>
        <translation>0.0.0.0 — 宿主机所在的每个网络</translation>
    </message>
    <message>
        <source>Graphics &amp;listen on:</source>
        <translation>图形监听地址(&amp;L):</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>操作前询问</translation>
    </message>
    <message>
        <source>&amp;Force off or force reset</source>
        <translation>强制关机或强制复位(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pausing a virtual machine</source>
        <translation>暂停虚拟机(&amp;P)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>As the system (locale)</source>
        <translation>跟随系统(区域设置)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>界面(&amp;I):</translation>
    </message>
    <message>
        <source>A new language shows at the next start of Vireo.</source>
        <translation>新语言在下次启动 Vireo 时生效。</translation>
    </message>
    <message>
        <source>CP&amp;U usage</source>
        <translation>CPU 使用率(&amp;U)</translation>
    </message>
    <message>
        <source>Sample CPU usage</source>
        <translation>采样 CPU 使用率</translation>
    </message>
    <message>
        <source>Memor&amp;y</source>
        <translation>内存(&amp;Y)</translation>
    </message>
    <message>
        <source>Sample memory</source>
        <translation>采样内存</translation>
    </message>
    <message>
        <source>Dis&amp;k I/O</source>
        <translation>磁盘 I/O(&amp;K)</translation>
    </message>
    <message>
        <source>Sample disk I/O</source>
        <translation>采样磁盘 I/O</translation>
    </message>
    <message>
        <source>Net&amp;work I/O</source>
        <translation>网络 I/O(&amp;W)</translation>
    </message>
    <message>
        <source>Sample network I/O</source>
        <translation>采样网络 I/O</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>采样：</translation>
    </message>
    <message>
        <source>Scale the console to its window</source>
        <translation>将控制台缩放到窗口大小</translation>
    </message>
    <message>
        <source>Never (one guest pixel per screen pixel)</source>
        <translation>从不（每个客户机像素对应一个屏幕像素）</translation>
    </message>
    <message>
        <source>Only in full screen</source>
        <translation>仅在全屏时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Sc&amp;ale to the window:</source>
        <translation>缩放到窗口(&amp;A)：</translation>
    </message>
    <message>
        <source>Keys that release the keyboard grab</source>
        <translation>释放键盘捕获的按键</translation>
    </message>
    <message>
        <source>R&amp;elease the keyboard with:</source>
        <translation>释放键盘的按键(&amp;E)：</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS(SeaBIOS)</translation>
    </message>
    <message>
        <source>UEFI (OVMF), where the host offers it</source>
        <translation>UEFI (OVMF)，宿主机提供时</translation>
    </message>
    <message>
        <source>An operating system that needs UEFI (Windows 11) gets it anyway.</source>
        <translation>需要 UEFI 的操作系统（Windows 11）无论如何都会使用 UEFI。</translation>
    </message>
    <message>
        <source>Fir&amp;mware:</source>
        <translation>固件(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Vireo::ProblemWindow</name>
    <message>
        <source>Vireo</source>
        <translation>Vireo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation>再次尝试连接</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel and quit Vireo</source>
        <translation>取消并退出 Vireo</translation>
    </message>
    <message>
        <source>Close and quit Vireo</source>
        <translation>关闭并退出 Vireo</translation>
    </message>
    <message>
        <source>Vireo — problem</source>
        <translation>Vireo — 问题</translation>
    </message>
    <message>
        <source>Vireo — connecting</source>
        <translation>Vireo — 正在连接</translation>
    </message>
</context>
<context>
    <name>Vireo::ResizeVolumeDialog</name>
    <message>
        <source>Resize Volume &apos;%1&apos;</source>
        <translation>调整卷“%1”的大小</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 now (%3 on the host).</source>
        <translation>“%1”现在为 %2(在宿主机上占 %3)。</translation>
    </message>
    <message>
        <source>New size in GiB</source>
        <translation>新大小(GiB)</translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation>新大小(&amp;S):</translation>
    </message>
    <message>
        <source>What the resize means</source>
        <translation>调整大小意味着什么</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>调整大小(&amp;R)</translation>
    </message>
    <message>
        <source>Resize the volume</source>
        <translation>调整卷的大小</translation>
    </message>
    <message>
        <source>Cancel the resize</source>
        <translation>取消调整大小</translation>
    </message>
    <message>
        <source>Smaller than now: whatever the guest stored past %1 is lost. Shrink the guest&apos;s file system first. You will be asked again.</source>
        <translation>比现在小:客户机存放在 %1 之后的内容都会丢失。请先缩小客户机的文件系统。之后还会再次询问您。</translation>
    </message>
</context>
<context>
    <name>Vireo::ResourceSlider</name>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1 (exact value)</source>
        <translation>%1(精确值)</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 状态</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2; it stays at %3.</source>
        <translation>%1 低于最小值 %2;保持为 %3。</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2; it stays at %3.</source>
        <translation>%1 高于最大值 %2;保持为 %3。</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在应用 %1…</translation>
    </message>
    <message>
        <source>Will apply %1…</source>
        <translation>将应用 %1…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现在:%1</translation>
    </message>
</context>
<context>
    <name>Vireo::ShutdownWatcher</name>
    <message>
        <source>%1 — ignored Shut Down</source>
        <translation>%1 — 忽略了关机请求</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not shut down %2 s after Shut Down. The guest may not handle the request (no ACPI support, or a dialog waiting in it). Force Off stops it at once.</source>
        <translation>“%1”在请求关机 %2 秒后仍未关机。客户机可能无法处理该请求(不支持 ACPI,或其中有对话框在等待)。“强制关机”会立即停止它。</translation>
    </message>
    <message>
        <source>Force Off…</source>
        <translation>强制关机…</translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotCreateDialog</name>
    <message>
        <source>Include &amp;memory: the full system, inside the qcow2 disks</source>
        <translation>包含内存(&amp;M):完整的系统,保存在 qcow2 磁盘内部</translation>
    </message>
    <message>
        <source>&amp;Internal: inside the qcow2 disks</source>
        <translation>内部(&amp;I):保存在 qcow2 磁盘内部</translation>
    </message>
    <message>
        <source>Dis&amp;k only: new overlay files beside the disks</source>
        <translation>仅磁盘(&amp;K):在磁盘旁边新建覆盖层文件</translation>
    </message>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>为 %1 创建快照</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <source>Snapshot description</source>
        <translation>快照描述</translation>
    </message>
    <message>
        <source>Include memory</source>
        <translation>包含内存</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Disk only</source>
        <translation>仅磁盘</translation>
    </message>
    <message>
        <source>Snapshot problem</source>
        <translation>快照问题</translation>
    </message>
    <message>
        <source>&amp;Take snapshot</source>
        <translation>创建快照(&amp;T)</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <source>This domain cannot take a snapshot now.</source>
        <translation>此虚拟机现在无法创建快照。</translation>
    </message>
    <message>
        <source>&amp;Quiesce: the guest agent freezes the guest&apos;s file systems while the overlays are made</source>
        <translation>静默(&amp;Q):创建覆盖层期间由客户机代理冻结客户机的文件系统</translation>
    </message>
    <message>
        <source>Quiesce the file systems</source>
        <translation>静默文件系统</translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotDeleteDialog</name>
    <message>
        <source>&amp;This snapshot only (its children move to its parent)</source>
        <translation>仅此快照(&amp;T)(其子快照移到它的父快照下)</translation>
    </message>
    <message numerus="yes">
        <source>This snapshot and its &amp;children (%n more)</source>
        <translation>
            <numerusform>此快照及其子快照(&amp;C)(另外 %n 个)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its &amp;metadata only: libvirt forgets it, its data stays in the disk files</source>
        <translation>仅元数据(&amp;M):libvirt 忘记它,数据仍留在磁盘文件中</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete snapshot %1</source>
        <translation>删除快照 %1</translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos;? This cannot be undone.</source>
        <translation>删除快照“%1”?此操作无法撤销。</translation>
    </message>
    <message>
        <source>This snapshot only</source>
        <translation>仅此快照</translation>
    </message>
    <message>
        <source>This snapshot and its children</source>
        <translation>此快照及其子快照</translation>
    </message>
    <message>
        <source>Metadata only</source>
        <translation>仅元数据</translation>
    </message>
    <message>
        <source>This snapshot has no children.</source>
        <translation>此快照没有子快照。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotRevertDialog</name>
    <message>
        <source>Take a &amp;snapshot of the present state first</source>
        <translation>先为当前状态创建快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>as the snapshot holds it</source>
        <translation>与快照中保存的一致</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot &apos;%2&apos;?

The present state of the domain will be lost: everything written to its disks since, and its memory if it runs. The domain comes back %3.</source>
        <translation>将 %1 恢复到快照“%2”?

虚拟机的当前状态将丢失:此后写入其磁盘的一切,以及它运行时的内存。恢复后虚拟机的状态:%3。</translation>
    </message>
    <message>
        <source>What reverting does</source>
        <translation>恢复意味着什么</translation>
    </message>
    <message>
        <source>Take a snapshot of the present state first</source>
        <translation>先为当前状态创建快照</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>before-revert_%1</source>
        <translation>before-revert_%1</translation>
    </message>
    <message>
        <source>The state before reverting to &apos;%1&apos;</source>
        <translation>恢复到“%1”之前的状态</translation>
    </message>
</context>
<context>
    <name>Vireo::SpiceSwitchBar</name>
    <message>
        <source>S&amp;witch this VM to VNC</source>
        <translation>将此虚拟机切换为 VNC(&amp;W)</translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation>SPICE 显示</translation>
    </message>
    <message>
        <source>Switch this VM&apos;s display to VNC</source>
        <translation>将此虚拟机的显示切换为 VNC</translation>
    </message>
    <message>
        <source>%1 has a SPICE display, which this console cannot show. Switched to VNC, it keeps its listen address and password; the change takes effect the next time it starts.</source>
        <translation>%1 使用 SPICE 显示,此控制台无法显示它。切换为 VNC 后,它保留原有的监听地址和密码;更改在它下次启动时生效。</translation>
    </message>
    <message>
        <source>Could not switch to VNC: %1</source>
        <translation>无法切换为 VNC:%1</translation>
    </message>
    <message>
        <source>Switched to VNC: the console shows the VM after its next start (shut it down and start it again).</source>
        <translation>已切换为 VNC:控制台会在虚拟机下次启动后显示它(将其关机后再启动)。</translation>
    </message>
</context>
<context>
    <name>Vireo::SshTunnel</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation>无法运行 %1:%2</translation>
    </message>
    <message>
        <source>The SSH server does not allow forwarding to the display (see AllowTcpForwarding and PermitOpen in its sshd_config).</source>
        <translation>SSH 服务器不允许转发到该显示(见其 sshd_config 中的 AllowTcpForwarding 和 PermitOpen)。</translation>
    </message>
    <message>
        <source>The remote host could not reach the display&apos;s port.</source>
        <translation>远程宿主机无法访问该显示的端口。</translation>
    </message>
    <message>
        <source>The SSH server did not connect the tunnel to the display.</source>
        <translation>SSH 服务器没有把隧道连接到该显示。</translation>
    </message>
    <message>
        <source>The remote host&apos;s key was not accepted: it is not known (and was not confirmed) or it has changed.</source>
        <translation>远程宿主机的密钥未被接受:它是未知的(且未被确认),或者已经改变。</translation>
    </message>
    <message>
        <source>The SSH server refused the login (the password or key passphrase was not accepted, or the question was cancelled).</source>
        <translation>SSH 服务器拒绝了登录(密码或密钥口令未被接受,或询问被取消)。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 以状态 %2 退出。</translation>
    </message>
</context>
<context>
    <name>Vireo::StartupRequest</name>
    <message>
        <source>It has no domains at all.</source>
        <translation>它没有任何虚拟机。</translation>
    </message>
    <message>
        <source>Its domains: %1</source>
        <translation>它的虚拟机:%1</translation>
    </message>
    <message>
        <source> and %1 more.</source>
        <translation> 以及另外 %1 台。</translation>
    </message>
    <message>
        <source>There is no domain &apos;%1&apos; on %2</source>
        <translation>%2 上没有虚拟机“%1”</translation>
    </message>
    <message>
        <source>Vireo was asked to show %1, but %2 has no domain of that name or UUID. %3</source>
        <translation>Vireo 被要求显示%1,但 %2 上没有该名称或 UUID 的虚拟机。%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Vireo cannot reach %1</source>
        <translation>Vireo 无法访问 %1</translation>
    </message>
    <message>
        <source>%1 does not answer: %2

Vireo was asked to show %3 and keeps trying in the background; Retry tries now, Close gives up.</source>
        <translation>%1 没有应答:%2

Vireo 被要求显示%3,并在后台继续尝试;“重试”立即再试,“关闭”放弃。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 (retrying)</source>
        <translation>无法连接到 %1:%2(正在重试)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Vireo shows %1 as soon as %2 answers.</source>
        <translation>%2 一应答,Vireo 就显示%1。</translation>
    </message>
</context>
<context>
    <name>Vireo::StoragePage</name>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>正在构建</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Start the storage pool</source>
        <translation>启动存储池</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the storage pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Rescan the pool&apos;s storage</source>
        <translation>重新扫描存储池的存储</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>随宿主机启动(&amp;H)</translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation>让存储池随宿主机启动</translation>
    </message>
    <message>
        <source>D&amp;efine pool…</source>
        <translation>定义存储池(&amp;E)…</translation>
    </message>
    <message>
        <source>Define a new storage pool</source>
        <translation>定义新的存储池</translation>
    </message>
    <message>
        <source>Delete storage…</source>
        <translation>删除存储…</translation>
    </message>
    <message>
        <source>Delete the pool&apos;s storage</source>
        <translation>删除存储池的存储</translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation>取消定义(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove the pool&apos;s definition</source>
        <translation>删除存储池的定义</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>存储池容量</translation>
    </message>
    <message>
        <source>Pool capacity, allocation and available space</source>
        <translation>存储池容量、已分配和可用空间</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Volumes of the selected pool</source>
        <translation>所选存储池的卷</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>On the host</source>
        <translation>在宿主机上</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Capacity is the size the guest sees; the bar is what the volume takes on the host now. A qcow2 volume grows as the guest writes (a new 20 GiB qcow2 takes well under 1 MiB); a raw one takes its full size at once.</source>
        <translation>容量是客户机看到的大小;进度条是卷现在在宿主机上占用的空间。qcow2 卷随客户机写入而增长(新建的 20 GiB qcow2 卷占用远小于 1 MiB);raw 卷立即占用全部大小。</translation>
    </message>
    <message>
        <source>Capacity and allocation explained</source>
        <translation>容量与已分配的说明</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>新建卷(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a volume in the pool</source>
        <translation>在存储池中创建卷</translation>
    </message>
    <message>
        <source>Up&amp;load…</source>
        <translation>上传(&amp;L)…</translation>
    </message>
    <message>
        <source>Upload a local file into the pool as a new volume</source>
        <translation>将本地文件作为新卷上传到存储池</translation>
    </message>
    <message>
        <source>&amp;Resize…</source>
        <translation>调整大小(&amp;R)…</translation>
    </message>
    <message>
        <source>Resize the selected volume</source>
        <translation>调整所选卷的大小</translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation>擦除(&amp;W)…</translation>
    </message>
    <message>
        <source>Overwrite the selected volume with zeros</source>
        <translation>用零覆盖所选卷</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected volume</source>
        <translation>删除所选卷</translation>
    </message>
    <message>
        <source>Volume creation or upload progress</source>
        <translation>卷创建或上传进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>存储状态</translation>
    </message>
    <message>
        <source>Connect to the host to see its storage.</source>
        <translation>连接到宿主机以查看其存储。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>此宿主机没有存储池。</translation>
    </message>
    <message>
        <source>Start pool &apos;%1&apos; to see its volumes.</source>
        <translation>启动存储池“%1”以查看其卷。</translation>
    </message>
    <message>
        <source>%1
reads from %2</source>
        <translation>%1
读取自 %2</translation>
    </message>
    <message>
        <source>%1 of its %2 are on the host</source>
        <translation>其 %2 中有 %1 在宿主机上</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1(运行中)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This host&apos;s storage driver cannot do this: %1</source>
        <translation>此宿主机的存储驱动无法做到:%1</translation>
    </message>
    <message>
        <source>Select a pool first.</source>
        <translation>请先选择一个存储池。</translation>
    </message>
    <message>
        <source>Connect to the host first.</source>
        <translation>请先连接到宿主机。</translation>
    </message>
    <message>
        <source>The pool is active.</source>
        <translation>存储池处于活动状态。</translation>
    </message>
    <message>
        <source>The pool is not active.</source>
        <translation>存储池未处于活动状态。</translation>
    </message>
    <message>
        <source>Only an active pool can be rescanned.</source>
        <translation>只能重新扫描活动的存储池。</translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt deletes only a stopped pool&apos;s storage.</source>
        <translation>请先停止存储池:libvirt 只删除已停止存储池的存储。</translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt undefines only a stopped pool.</source>
        <translation>请先停止存储池:libvirt 只取消定义已停止的存储池。</translation>
    </message>
    <message>
        <source>The pool is not defined (it lasts until it stops).</source>
        <translation>存储池未定义(它在停止前一直存在)。</translation>
    </message>
    <message>
        <source>Start the pool when the host&apos;s libvirt starts</source>
        <translation>宿主机的 libvirt 启动时启动存储池</translation>
    </message>
    <message>
        <source>Start the pool first.</source>
        <translation>请先启动存储池。</translation>
    </message>
    <message>
        <source>Select a volume first.</source>
        <translation>请先选择一个卷。</translation>
    </message>
    <message>
        <source>A volume is being created.</source>
        <translation>正在创建一个卷。</translation>
    </message>
    <message>
        <source>%1 is running with it.</source>
        <translation>%1 正在使用它运行。</translation>
    </message>
    <message>
        <source>%1 of %2 allocated</source>
        <translation>%2 中已分配 %1</translation>
    </message>
    <message>
        <source>Capacity %1 · allocated %2 · available %3</source>
        <translation>容量 %1 · 已分配 %2 · 可用 %3</translation>
    </message>
    <message>
        <source>Delete Pool Storage</source>
        <translation>删除存储池的存储</translation>
    </message>
    <message>
        <source>Delete the storage of pool &apos;%1&apos;?

libvirt removes %2 from the host, with whatever is left in it. The pool&apos;s definition stays.</source>
        <translation>删除存储池“%1”的存储?

libvirt 会从宿主机上删除 %2 及其中剩余的一切。存储池的定义会保留。</translation>
    </message>
    <message>
        <source>its storage</source>
        <translation>其存储</translation>
    </message>
    <message>
        <source>Delete storage</source>
        <translation>删除存储</translation>
    </message>
    <message>
        <source>Undefine Pool</source>
        <translation>取消定义存储池</translation>
    </message>
    <message>
        <source>Remove pool &apos;%1&apos; from this host&apos;s pools?

Its storage and volumes stay where they are; the pool can be defined again.</source>
        <translation>从此宿主机的存储池中删除“%1”?

其存储和卷保留原处;以后可以再次定义该存储池。</translation>
    </message>
    <message>
        <source>Undefine</source>
        <translation>取消定义</translation>
    </message>
    <message>
        <source>Defining pool &apos;%1&apos;…</source>
        <translation>正在定义存储池“%1”…</translation>
    </message>
    <message>
        <source>Defined and started pool &apos;%1&apos;.</source>
        <translation>已定义并启动存储池“%1”。</translation>
    </message>
    <message>
        <source>Creating volume &apos;%1&apos;…</source>
        <translation>正在创建卷“%1”…</translation>
    </message>
    <message>
        <source>Created volume &apos;%1&apos;.</source>
        <translation>已创建卷“%1”。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>已取消;没有留下任何东西。</translation>
    </message>
    <message>
        <source>Upload a File into the Pool</source>
        <translation>上传文件到存储池</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.img *.qcow2 *.raw)</source>
        <translation>磁盘镜像和 ISO (*.iso *.img *.qcow2 *.raw)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Upload %1: the pool already has a volume named &apos;%2&apos;; rename the file or delete that volume first.</source>
        <translation>上传 %1:存储池中已有名为“%2”的卷;请先重命名文件或删除该卷。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>Uploaded &apos;%1&apos; (%2).</source>
        <translation>已上传“%1”(%2)。</translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was left behind.</source>
        <translation>上传已取消;没有留下任何东西。</translation>
    </message>
    <message>
        <source>Resized &apos;%1&apos; to %2.</source>
        <translation>已将“%1”的大小调整为 %2。</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>缩小卷</translation>
    </message>
    <message>
        <source>Shrink &apos;%1&apos; from %2 to %3?

Whatever the guest stored past %3 is lost. Shrink the guest&apos;s file system first.</source>
        <translation>将“%1”从 %2 缩小到 %3?

客户机存放在 %3 之后的内容都会丢失。请先缩小客户机的文件系统。</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>擦除卷</translation>
    </message>
    <message>
        <source>Wipe &apos;%1&apos;?

Every byte of its %2 is overwritten with zeros: what a guest stored on it is gone for good.</source>
        <translation>擦除“%1”?

其 %2 的每个字节都会被零覆盖:客户机存放在上面的内容将永久消失。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Wiped &apos;%1&apos;.</source>
        <translation>已擦除“%1”。</translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; (%2)?

Its data is gone for good.</source>
        <translation>删除卷“%1”(%2)?

其数据将永久消失。</translation>
    </message>
    <message>
        <source>%1 use(s) it as a disk and will not start until the disk is removed.</source>
        <translation>%1 将它用作磁盘,在删除该磁盘之前无法启动。</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Downlo&amp;ad…</source>
        <translation>下载(&amp;A)…</translation>
    </message>
    <message>
        <source>Download the selected volume into a local file</source>
        <translation>将所选卷下载到本地文件</translation>
    </message>
    <message>
        <source>Another transfer is running.</source>
        <translation>另一个传输正在进行。</translation>
    </message>
    <message>
        <source>Download Volume &apos;%1&apos; to</source>
        <translation>将卷“%1”下载到</translation>
    </message>
    <message>
        <source>Downloading &apos;%1&apos; to %2…</source>
        <translation>正在将“%1”下载到 %2…</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was removed.</source>
        <translation>下载已取消;不完整的文件已删除。</translation>
    </message>
    <message>
        <source>Downloaded &apos;%1&apos; to %2 (%3).</source>
        <translation>已将“%1”下载到 %2(%3)。</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>转换(&amp;V)…</translation>
    </message>
    <message>
        <source>Convert the volume between raw and qcow2</source>
        <translation>在 raw 和 qcow2 之间转换卷</translation>
    </message>
    <message>
        <source>Cancel the volume creation, transfer or conversion</source>
        <translation>取消卷的创建、传输或转换</translation>
    </message>
    <message>
        <source>Only raw and qcow2 volumes are converted; &apos;%1&apos; is %2.</source>
        <translation>只转换 raw 和 qcow2 卷;“%1”是%2。</translation>
    </message>
    <message>
        <source>of unknown format</source>
        <translation>格式未知</translation>
    </message>
    <message>
        <source>Converting &apos;%1&apos; to %2 as &apos;%3&apos;…</source>
        <translation>正在将“%1”转换为 %2,名为“%3”…</translation>
    </message>
    <message>
        <source>Conversion cancelled; &apos;%1&apos; was not kept.</source>
        <translation>转换已取消;未保留“%1”。</translation>
    </message>
    <message>
        <source>Converted &apos;%1&apos; into &apos;%2&apos; (%3, %4 on the host).</source>
        <translation>已将“%1”转换为“%2”(%3,在宿主机上占用 %4)。</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>构建(&amp;B)</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage</source>
        <translation>构建存储池的存储</translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt builds only a stopped pool.</source>
        <translation>请先停止存储池:libvirt 只构建已停止的存储池。</translation>
    </message>
    <message>
        <source>Downloaded &apos;%1&apos; to %2 (%3, of which %4 of holes were kept as holes: the file takes only its data).</source>
        <translation>已将“%1”下载到 %2（%3，其中 %4 的空洞仍保留为空洞：文件只占用其数据的空间）。</translation>
    </message>
</context>
<context>
    <name>Vireo::TerminalView</name>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n lines into the terminal? Each line runs as if typed.</source>
        <translation>
            <numerusform>将 %n 行粘贴到终端?每一行都会像键入的一样执行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation>回滚缓冲区</translation>
    </message>
</context>
<context>
    <name>Vireo::TextConsole</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Held by another client</source>
        <translation>被另一个客户端占用</translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation>客户机未在运行</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Help (list the SysRq keys)</source>
        <translation>帮助(列出 SysRq 键)</translation>
    </message>
    <message>
        <source>Sync the file systems</source>
        <translation>同步文件系统</translation>
    </message>
    <message>
        <source>Remount the file systems read-only</source>
        <translation>以只读方式重新挂载文件系统</translation>
    </message>
    <message>
        <source>Reboot at once</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Terminate all processes</source>
        <translation>终止所有进程</translation>
    </message>
    <message>
        <source>Kill all processes</source>
        <translation>杀死所有进程</translation>
    </message>
    <message>
        <source>Show the tasks</source>
        <translation>显示任务</translation>
    </message>
    <message>
        <source>Show the blocked tasks</source>
        <translation>显示阻塞的任务</translation>
    </message>
    <message>
        <source>Show the memory</source>
        <translation>显示内存</translation>
    </message>
    <message>
        <source>Crash the kernel</source>
        <translation>使内核崩溃</translation>
    </message>
</context>
<context>
    <name>Vireo::TextConsolePane</name>
    <message>
        <source>Take Over…</source>
        <translation>接管…</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>%1 terminal</source>
        <translation>%1 终端</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>%1 工具</translation>
    </message>
    <message>
        <source>Console state</source>
        <translation>控制台状态</translation>
    </message>
    <message>
        <source>Take over the console</source>
        <translation>接管控制台</translation>
    </message>
    <message>
        <source>Disconnect the other client and use this console here</source>
        <translation>断开另一个客户端,在这里使用此控制台</translation>
    </message>
    <message>
        <source>Take Over the Console</source>
        <translation>接管控制台</translation>
    </message>
    <message>
        <source>Another client (virsh console, another Vireo, virt-manager) has %1 open. Take it over? That client is disconnected.</source>
        <translation>另一个客户端(virsh console、另一个 Vireo、virt-manager)已打开 %1。要接管它吗?那个客户端会被断开。</translation>
    </message>
    <message>
        <source>Save Scrollback…</source>
        <translation>保存回滚内容…</translation>
    </message>
    <message>
        <source>Save everything this console printed, as text</source>
        <translation>把此控制台输出的所有内容保存为文本</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>控制台 %1</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>libvirt cannot send a break on a serial console; use the SysRq keys below, which go to the guest&apos;s keyboard</source>
        <translation>libvirt 无法在串口控制台上发送 break;请使用下面的 SysRq 键,它们会发送到客户机的键盘</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>Alt+SysRq+%1 – %2</source>
        <translation>Alt+SysRq+%1 – %2</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>(the console opens when it starts)</source>
        <translation>(控制台在客户机启动时打开)</translation>
    </message>
    <message>
        <source>another program (virsh console, virt-manager, another Vireo) has it open</source>
        <translation>另一个程序(virsh console、virt-manager、另一个 Vireo)已打开它</translation>
    </message>
    <message>
        <source>Save Scrollback</source>
        <translation>保存回滚内容</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1:%2</translation>
    </message>
    <message>
        <source>[%1 of output not shown: the guest printed faster than this console can draw]</source>
        <translation>[%1 的输出未显示：客户机输出的速度超过了此控制台的绘制速度]</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Connect to the hypervisor at URI (repeatable), e.g. qemu:///system, qemu+ssh://user@host/system; &apos;demo&apos; is the embedded demo host.</source>
        <translation>连接到位于 URI 的虚拟机管理程序(可重复),例如 qemu:///system、qemu+ssh://user@host/system;“demo”是内置的演示宿主机。</translation>
    </message>
    <message>
        <source>Show the details window of the domain.</source>
        <translation>显示虚拟机的详情窗口。</translation>
    </message>
    <message>
        <source>Show the console of the domain.</source>
        <translation>显示虚拟机的控制台。</translation>
    </message>
    <message>
        <source>Show the New Virtual Machine wizard.</source>
        <translation>显示新建虚拟机向导。</translation>
    </message>
    <message>
        <source>Show the connection details of the host.</source>
        <translation>显示宿主机的连接详情。</translation>
    </message>
    <message>
        <source>Sample statistics every MS milliseconds (0 turns sampling off).</source>
        <translation>每 MS 毫秒采样一次统计数据(0 表示关闭采样)。</translation>
    </message>
    <message>
        <source>Vireo: a fast manager for virtual machines on libvirt hosts.</source>
        <translation>Vireo:一个快速的 libvirt 宿主机虚拟机管理器。</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--connect needs a URI</source>
        <translation>--connect 需要一个 URI</translation>
    </message>
    <message>
        <source>--stats-interval takes 0 (off) or at least 100 milliseconds</source>
        <translation>--stats-interval 取 0(关闭)或至少 100 毫秒</translation>
    </message>
    <message>
        <source>no desktop keyring answers</source>
        <translation>没有桌面密钥环应答</translation>
    </message>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>桌面密钥环没有应答</translation>
    </message>
    <message>
        <source>KVM Is Not Usable</source>
        <translation>KVM 不可用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not start: KVM is not usable on this host.</source>
        <translation>“%1”无法启动:此宿主机上 KVM 不可用。</translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG) runs the guest without hardware virtualization: it works on any host, but several times slower. Vireo changes the domain&apos;s type from kvm to qemu and starts it.</source>
        <translation>软件模拟(QEMU TCG)不借助硬件虚拟化运行客户机:它在任何宿主机上都能运行,但会慢好几倍。Vireo 会把虚拟机的类型从 kvm 改为 qemu 并启动它。</translation>
    </message>
    <message>
        <source>Use Software Emulation Instead</source>
        <translation>改用软件模拟</translation>
    </message>
    <message>
        <source>Use software emulation instead</source>
        <translation>改用软件模拟</translation>
    </message>
    <message>
        <source>KVM is not usable: use software emulation instead?</source>
        <translation>KVM 不可用:改用软件模拟吗?</translation>
    </message>
    <message>
        <source>Switching &apos;%1&apos; to software emulation and starting it…</source>
        <translation>正在将“%1”切换到软件模拟并启动…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs with software emulation (its type is qemu)</source>
        <translation>“%1”现在以软件模拟运行(其类型为 qemu)</translation>
    </message>
    <message>
        <source>More tools (those that do not fit)</source>
        <translation>更多工具(放不下的那些)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Vireo (closes every window)</source>
        <translation>退出 Vireo(关闭所有窗口)</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>网络(PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软驱</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Running (disks only)</source>
        <translation>运行中(仅磁盘)</translation>
    </message>
    <message>
        <source>Full system</source>
        <translation>完整系统</translation>
    </message>
    <message>
        <source>Disks (internal)</source>
        <translation>磁盘(内部)</translation>
    </message>
    <message>
        <source>Disks (external overlays)</source>
        <translation>磁盘(外部覆盖层)</translation>
    </message>
    <message>
        <source>Full system (external)</source>
        <translation>完整系统(外部)</translation>
    </message>
    <message>
        <source>Show the interface in LANG (zh_CN or en) instead of the locale&apos;s language.</source>
        <translation>以 LANG(zh_CN 或 en)而不是区域设置的语言显示界面。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for tests that start Vireo without a person).</source>
        <translation>MS 毫秒后退出(用于无人值守启动 Vireo 的测试)。</translation>
    </message>
    <message>
        <source>--lang takes one of: %1</source>
        <translation>--lang 只接受以下之一:%1</translation>
    </message>
    <message>
        <source>--quit-after takes a number of milliseconds</source>
        <translation>--quit-after 需要一个毫秒数</translation>
    </message>
    <message>
        <source>Open the VNC console at the address, with no libvirt connection (vnc://host:5901?password=... gives its password).</source>
        <translation>打开该地址的 VNC 控制台,不使用 libvirt 连接(vnc://host:5901?password=... 给出其密码)。</translation>
    </message>
    <message>
        <source>Open a VNC address</source>
        <translation>打开 VNC 地址</translation>
    </message>
    <message>
        <source>a VNC address starts with vnc://, e.g. vnc://host:5901</source>
        <translation>VNC 地址以 vnc:// 开头,例如 vnc://host:5901</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>“%1”不是有效的地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a path; a VNC address is vnc://host:port</source>
        <translation>“%1”带有路径;VNC 地址的形式是 vnc://host:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation>“%1”没有有效的端口</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>“%2”中有未知选项“%1”</translation>
    </message>
    <message>
        <source>VNC has no user names; give only the password, as ?password=...</source>
        <translation>VNC 没有用户名;只需给出密码,形如 ?password=...</translation>
    </message>
    <message>
        <source>Add Hardware to %1</source>
        <translation>向 %1 添加硬件</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Device XML preview</source>
        <translation>设备 XML 预览</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>CD-ROM drive</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Graphics (VNC)</source>
        <translation>图形(VNC)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Guest agent channel</source>
        <translation>客户机代理通道</translation>
    </message>
    <message>
        <source>USB host device</source>
        <translation>USB 宿主机设备</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声卡</translation>
    </message>
    <message>
        <source>Input (tablet, keyboard, mouse)</source>
        <translation>输入设备(数位板、键盘、鼠标)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>The host does not say whether it can emulate a TPM: %1</source>
        <translation>宿主机没有说明它能否模拟 TPM:%1</translation>
    </message>
    <message>
        <source>The host cannot emulate a TPM 2.0: install swtpm and swtpm-tools there.</source>
        <translation>宿主机无法模拟 TPM 2.0:请在宿主机上安装 swtpm 和 swtpm-tools。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时生效</translation>
    </message>
    <message>
        <source>&amp;Now only (gone after the next restart)</source>
        <translation>仅现在(&amp;N)(下次重启后消失)</translation>
    </message>
    <message>
        <source>After the next &amp;restart</source>
        <translation>下次重启后(&amp;R)</translation>
    </message>
    <message>
        <source>Now and after &amp;restarts</source>
        <translation>现在及以后每次重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Device &amp;XML:</source>
        <translation>设备 XML(&amp;X):</translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation>%1 设置</translation>
    </message>
    <message>
        <source>The domain is shut off: the device goes into its configuration and is there at the next start.</source>
        <translation>虚拟机已关机:设备会写入其配置,下次启动时就有。</translation>
    </message>
    <message>
        <source>This device cannot be added to a running guest: it goes into the configuration and appears after the next restart.</source>
        <translation>此设备无法添加到运行中的客户机:它会写入配置,下次重启后出现。</translation>
    </message>
    <message>
        <source>The running guest gets the device at once (hot-plug).</source>
        <translation>运行中的客户机会立即获得该设备(热插拔)。</translation>
    </message>
    <message>
        <source>Creating the volume %1…</source>
        <translation>正在创建卷 %1…</translation>
    </message>
    <message>
        <source>Adding the device…</source>
        <translation>正在添加设备…</translation>
    </message>
    <message>
        <source>%1 added to the running guest (until it restarts).</source>
        <translation>%1 已添加到运行中的客户机(直到它重启)。</translation>
    </message>
    <message>
        <source>%1 added to the configuration: it is there at the next start.</source>
        <translation>%1 已添加到配置:下次启动时就有。</translation>
    </message>
    <message>
        <source>%1 added to the running guest and its configuration.</source>
        <translation>%1 已添加到运行中的客户机及其配置。</translation>
    </message>
    <message>
        <source>&amp;New volume in a storage pool</source>
        <translation>存储池中的新卷(&amp;N)</translation>
    </message>
    <message>
        <source>An ISO &amp;volume of a pool</source>
        <translation>存储池中的 ISO 卷(&amp;V)</translation>
    </message>
    <message>
        <source>An &amp;existing volume</source>
        <translation>现有的卷(&amp;E)</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>存储池(&amp;O):</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>卷(&amp;U):</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>新卷名称</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M):</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>New volume size in GiB</source>
        <translation>新卷大小(GiB)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F):</translation>
    </message>
    <message>
        <source>qcow2 (grows as used, snapshots)</source>
        <translation>qcow2(随使用增长,支持快照)</translation>
    </message>
    <message>
        <source>raw (allocated in full)</source>
        <translation>raw(完全分配)</translation>
    </message>
    <message>
        <source>An ISO &amp;file on the host</source>
        <translation>宿主机上的 ISO 文件(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;file or block device on the host</source>
        <translation>宿主机上的文件或块设备(&amp;F)</translation>
    </message>
    <message>
        <source>ISO path</source>
        <translation>ISO 路径</translation>
    </message>
    <message>
        <source>Disk path</source>
        <translation>磁盘路径</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P):</translation>
    </message>
    <message>
        <source>An empty &amp;drive (insert media later)</source>
        <translation>空驱动器(&amp;D)(以后再插入介质)</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B):</translation>
    </message>
    <message>
        <source>virtio (fastest; hot-plug)</source>
        <translation>virtio(最快;可热插拔)</translation>
    </message>
    <message>
        <source>SCSI (hot-plug)</source>
        <translation>SCSI(可热插拔)</translation>
    </message>
    <message>
        <source>USB (hot-plug)</source>
        <translation>USB(可热插拔)</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>缓存(&amp;C):</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认</translation>
    </message>
    <message>
        <source>none (direct I/O)</source>
        <translation>none(直接 I/O)</translation>
    </message>
    <message>
        <source>unsafe (loses data on host crash)</source>
        <translation>unsafe(宿主机崩溃时会丢失数据)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;hareable between domains</source>
        <translation>可在虚拟机之间共享(&amp;H)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Shareable between domains</source>
        <translation>可在虚拟机之间共享</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标:</translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation>请为新卷命名。</translation>
    </message>
    <message>
        <source>A volume name may only have letters, digits and _ . + -</source>
        <translation>卷名称只能包含字母、数字和 _ . + -</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>该存储池已有名为 %1 的卷。</translation>
    </message>
    <message>
        <source>The pool has no ISO volume.</source>
        <translation>该存储池没有 ISO 卷。</translation>
    </message>
    <message>
        <source>The pool has no volume to choose.</source>
        <translation>该存储池没有可选的卷。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>When the changes take effect</source>
        <translation>更改何时生效</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the changes to %1</source>
        <translation>将更改应用到 %1</translation>
    </message>
    <message>
        <source>The domain is shut off: the changes are there at the next start.</source>
        <translation>虚拟机已关机:更改在下次启动时生效。</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>已更改 %1。</translation>
    </message>
    <message>
        <source>%1 changed in the running guest and its configuration.</source>
        <translation>已在运行中的客户机及其配置中更改 %1。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>USB devices of the host</source>
        <translation>宿主机的 USB 设备</translation>
    </message>
    <message>
        <source>PCI devices of the host (read-only)</source>
        <translation>宿主机的 PCI 设备(只读)</translation>
    </message>
    <message>
        <source>Listing the host&apos;s devices…</source>
        <translation>正在列出宿主机的设备…</translation>
    </message>
    <message>
        <source>&amp;USB devices:</source>
        <translation>USB 设备(&amp;U):</translation>
    </message>
    <message>
        <source>PCI devices (shown only: PCI passthrough needs VFIO and an IOMMU, which Vireo does not set up):</source>
        <translation>PCI 设备(仅显示:PCI 直通需要 VFIO 和 IOMMU,Vireo 不负责设置):</translation>
    </message>
    <message>
        <source>The host has no USB device to give.</source>
        <translation>宿主机没有可提供的 USB 设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n USB device(s).</source>
        <translation>
            <numerusform>%n 个 USB 设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device of the host.</source>
        <translation>请选择宿主机的一个 USB 设备。</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S):</translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation>网桥名称</translation>
    </message>
    <message>
        <source>B&amp;ridge:</source>
        <translation>网桥(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M):</translation>
    </message>
    <message>
        <source>virtio (fastest)</source>
        <translation>virtio(最快)</translation>
    </message>
    <message>
        <source>Intel e1000e (Windows without drivers)</source>
        <translation>Intel e1000e(适用于没有驱动的 Windows)</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>生成 MAC 地址</translation>
    </message>
    <message>
        <source>M&amp;AC address:</source>
        <translation>MAC 地址(&amp;A):</translation>
    </message>
    <message>
        <source>Checking the addresses the host&apos;s domains use…</source>
        <translation>正在检查宿主机上各虚拟机使用的地址…</translation>
    </message>
    <message>
        <source>&amp;Link up (the guest sees a cable plugged in)</source>
        <translation>链路接通(&amp;L)(客户机看到网线已插上)</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>链路接通</translation>
    </message>
    <message>
        <source>A bridge of the host</source>
        <translation>宿主机的网桥</translation>
    </message>
    <message>
        <source>User networking (no host setup; outgoing only)</source>
        <translation>用户模式网络(宿主机无需设置;仅限出站)</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos;</source>
        <translation>虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (inactive)</source>
        <translation>虚拟网络“%1”(未活动)</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the %n address(es) in use on this host.</source>
        <translation>
            <numerusform>已与此宿主机上正在使用的 %n 个地址核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the addresses in use: %1</source>
        <translation>无法列出正在使用的地址:%1</translation>
    </message>
    <message>
        <source>Enter a MAC address or generate one.</source>
        <translation>请输入 MAC 地址,或生成一个。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>从 %2 移除 %1?</translation>
    </message>
    <message>
        <source>From the running guest and its &amp;configuration</source>
        <translation>从运行中的客户机及其配置中移除(&amp;C)</translation>
    </message>
    <message>
        <source>From the running guest &amp;only (back at the next start)</source>
        <translation>仅从运行中的客户机移除(&amp;O)(下次启动时回来)</translation>
    </message>
    <message>
        <source>From the configuration only (&amp;gone after the next restart)</source>
        <translation>仅从配置中移除(&amp;G)(下次重启后消失)</translation>
    </message>
    <message>
        <source>The guest is asked to release the device; it may refuse, or not answer.</source>
        <translation>会请求客户机释放该设备;它可能拒绝,或不应答。</translation>
    </message>
    <message>
        <source>It is removed from the configuration. A disk&apos;s data stays where it is.</source>
        <translation>它会从配置中移除。磁盘的数据保留在原处。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听于(&amp;L):</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1)</source>
        <translation>仅本宿主机(127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation>所有接口(0.0.0.0)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>Listening on all interfaces lets anyone on the network reach the display: set a password.</source>
        <translation>监听所有接口会让网络上的任何人都能访问该显示:请设置密码。</translation>
    </message>
    <message>
        <source>virtio (best for Linux guests)</source>
        <translation>virtio(最适合 Linux 客户机)</translation>
    </message>
    <message>
        <source>QXL</source>
        <translation>QXL</translation>
    </message>
    <message>
        <source>VGA (standard)</source>
        <translation>VGA(标准)</translation>
    </message>
    <message>
        <source>Bochs</source>
        <translation>Bochs</translation>
    </message>
    <message>
        <source>ramfb (UEFI frame buffer)</source>
        <translation>ramfb(UEFI 帧缓冲)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>型号的默认值</translation>
    </message>
    <message>
        <source>Video RAM in MiB</source>
        <translation>显存(MiB)</translation>
    </message>
    <message>
        <source>Video &amp;RAM:</source>
        <translation>显存(&amp;R):</translation>
    </message>
    <message>
        <source>A serial port (16550A) on a pseudo-terminal of the host: the text console can attach to it.</source>
        <translation>宿主机伪终端上的串口(16550A):文本控制台可以连接到它。</translation>
    </message>
    <message>
        <source>A virtio console (hvc0 in a Linux guest) on a pseudo-terminal of the host.</source>
        <translation>宿主机伪终端上的 virtio 控制台(Linux 客户机中为 hvc0)。</translation>
    </message>
    <message>
        <source>The channel the QEMU guest agent talks through (install qemu-guest-agent in the guest): clean shutdown, file system freeze, guest addresses.</source>
        <translation>QEMU 客户机代理通信所用的通道(在客户机中安装 qemu-guest-agent):干净关机、冻结文件系统、客户机地址。</translation>
    </message>
    <message>
        <source>&amp;Entropy from:</source>
        <translation>熵来源(&amp;E):</translation>
    </message>
    <message>
        <source>/dev/hwrng (the host&apos;s hardware RNG)</source>
        <translation>/dev/hwrng(宿主机的硬件随机数生成器)</translation>
    </message>
    <message>
        <source>A virtio random number generator feeds the guest&apos;s entropy pool from the host.</source>
        <translation>virtio 随机数生成器从宿主机为客户机的熵池提供数据。</translation>
    </message>
    <message>
        <source>Intel 6300ESB (PCI)</source>
        <translation>Intel 6300ESB(PCI)</translation>
    </message>
    <message>
        <source>Intel iTCO (q35 chipset)</source>
        <translation>Intel iTCO(q35 芯片组)</translation>
    </message>
    <message>
        <source>iBase IB700 (ISA)</source>
        <translation>iBase IB700(ISA)</translation>
    </message>
    <message>
        <source>When the guest &amp;hangs:</source>
        <translation>客户机挂起时(&amp;H):</translation>
    </message>
    <message>
        <source>Reset it</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Shut it down cleanly</source>
        <translation>正常关机</translation>
    </message>
    <message>
        <source>Power it off</source>
        <translation>断电</translation>
    </message>
    <message>
        <source>Pause it</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Dump its memory</source>
        <translation>转储其内存</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不做任何操作</translation>
    </message>
    <message>
        <source>Intel HDA (ICH9)</source>
        <translation>Intel HDA(ICH9)</translation>
    </message>
    <message>
        <source>Intel HDA (ICH6)</source>
        <translation>Intel HDA(ICH6)</translation>
    </message>
    <message>
        <source>AC97</source>
        <translation>AC97</translation>
    </message>
    <message>
        <source>USB audio</source>
        <translation>USB 音频</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>Tablet (absolute pointer: no drift in VNC)</source>
        <translation>数位板(绝对定位:在 VNC 中不漂移)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>CRB (TPM 2.0, for Windows 11)</source>
        <translation>CRB(TPM 2.0,用于 Windows 11)</translation>
    </message>
    <message>
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <source>Asking the host whether it can emulate a TPM…</source>
        <translation>正在询问宿主机能否模拟 TPM…</translation>
    </message>
    <message>
        <source>A TPM 2.0 emulated by swtpm on the host; its state is kept with the domain.</source>
        <translation>由宿主机上的 swtpm 模拟的 TPM 2.0;其状态随虚拟机保存。</translation>
    </message>
    <message>
        <source>A TPM 2.0 is emulated by swtpm on the host.</source>
        <translation>TPM 2.0 由宿主机上的 swtpm 模拟。</translation>
    </message>
    <message>
        <source>A&amp;dd Hardware…</source>
        <translation>添加硬件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Insert ISO…</source>
        <translation>插入 ISO(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;ject</source>
        <translation>弹出(&amp;J)</translation>
    </message>
    <message>
        <source>Cut &amp;link</source>
        <translation>断开链路(&amp;L)</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <translation>添加硬件</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>编辑所选设备</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>移除所选设备</translation>
    </message>
    <message>
        <source>Insert an ISO into the selected CD-ROM drive</source>
        <translation>将 ISO 插入所选光驱</translation>
    </message>
    <message>
        <source>Eject the selected CD-ROM drive&apos;s media</source>
        <translation>弹出所选光驱中的介质</translation>
    </message>
    <message>
        <source>Cut or connect the selected NIC&apos;s link</source>
        <translation>断开或接通所选网卡的链路</translation>
    </message>
    <message>
        <source>What changes live</source>
        <translation>哪些更改即时生效</translation>
    </message>
    <message>
        <source>Devices status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Connect &amp;link</source>
        <translation>接通链路(&amp;L)</translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation>无法编辑 %1:%2</translation>
    </message>
    <message>
        <source>Asking the guest to release %1 (up to %2 s)…</source>
        <translation>正在请求客户机释放 %1(最多 %2 秒)…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在移除 %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 未被移除:%2</translation>
    </message>
    <message>
        <source>The media of %1 was ejected.</source>
        <translation>%1 的介质已弹出。</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>%1 已插入 %2。</translation>
    </message>
    <message>
        <source>Insert ISO</source>
        <translation>插入 ISO</translation>
    </message>
    <message>
        <source>Path of the ISO image on the host:</source>
        <translation>宿主机上 ISO 镜像的路径:</translation>
    </message>
    <message>
        <source>The ISO path must be absolute (start with /).</source>
        <translation>ISO 路径必须是绝对路径(以 / 开头)。</translation>
    </message>
    <message>
        <source>The link of NIC %1 is up.</source>
        <translation>网卡 %1 的链路已接通。</translation>
    </message>
    <message>
        <source>The link of NIC %1 is cut.</source>
        <translation>网卡 %1 的链路已断开。</translation>
    </message>
    <message>
        <source>libvirt cannot change this in a running guest: shut the domain off to change it.</source>
        <translation>libvirt 无法在运行中的客户机里更改此项：请关闭虚拟机后再更改。</translation>
    </message>
    <message>
        <source>The media changes in the running guest now. The bus is greyed: libvirt changes it only while the domain is shut off.</source>
        <translation>介质会立即在运行中的客户机里更换。总线已置灰：libvirt 只能在虚拟机关闭时更改它。</translation>
    </message>
    <message>
        <source>A disk&apos;s source, bus, cache and sharing are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation>磁盘的来源、总线、缓存和共享已置灰：libvirt 只能在虚拟机关闭时更改它们。</translation>
    </message>
    <message>
        <source>The source and link change in the running guest now. The model and MAC address are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation>来源和链路会立即在运行中的客户机里更改。型号和 MAC 地址已置灰：libvirt 只能在虚拟机关闭时更改它们。</translation>
    </message>
    <message>
        <source>The model and video RAM are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation>型号和显存已置灰：libvirt 只能在虚拟机关闭时更改它们。</translation>
    </message>
    <message>
        <source>While the domain runs, CD-ROM media and a NIC&apos;s source and link change at once, and disks and NICs can be added and removed live; a disk&apos;s bus, cache and source, a NIC&apos;s model and MAC address, and the video model can be edited only while it is shut off.</source>
        <translation>虚拟机运行时，CD-ROM 介质以及网卡的来源和链路会立即更改，磁盘和网卡可以在线添加和移除；磁盘的总线、缓存和来源、网卡的型号和 MAC 地址以及显卡型号只能在虚拟机关闭时编辑。</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>sound card</source>
        <translation>声卡</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>host device</source>
        <translation>宿主机设备</translation>
    </message>
    <message>
        <source>redirected device</source>
        <translation>重定向设备</translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>smartcard</source>
        <translation>智能卡</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>集线器</translation>
    </message>
    <message>
        <source>panic notifier</source>
        <translation>panic 通知器</translation>
    </message>
    <message>
        <source>parallel port</source>
        <translation>并口</translation>
    </message>
    <message>
        <source>memory module</source>
        <translation>内存模块</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>audio backend</source>
        <translation>音频后端</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>vsock</source>
        <translation>vsock</translation>
    </message>
</context>
<context>
    <name>Vireo::VncAddressWindow</name>
    <message>
        <source>%1 – VNC</source>
        <translation>%1 – VNC</translation>
    </message>
    <message>
        <source>Open VNC Address</source>
        <translation>打开 VNC 地址</translation>
    </message>
    <message>
        <source>VNC address (vnc://host:port; the server asks for its password if it has one):</source>
        <translation>VNC 地址(vnc://host:port;如果服务器有密码,会要求输入):</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>发送按键(&amp;S)</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>Vireo::VncConnection</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>正在连接控制台…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The console needs a password</source>
        <translation>控制台需要密码</translation>
    </message>
    <message>
        <source>The password was not accepted</source>
        <translation>密码未被接受</translation>
    </message>
    <message>
        <source>The console closed the connection</source>
        <translation>控制台关闭了连接</translation>
    </message>
    <message>
        <source>The console connection failed</source>
        <translation>控制台连接失败</translation>
    </message>
</context>
<context>
    <name>Vireo::VncConsole</name>
    <message>
        <source>Console screen</source>
        <translation>控制台屏幕</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>控制台密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Log in to the console</source>
        <translation>登录控制台</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect to the console</source>
        <translation>重新连接控制台</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>PrintScreen</translation>
    </message>
    <message>
        <source>Send key combination</source>
        <translation>发送组合键</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Scale the screen to the window, keeping its aspect ratio</source>
        <translation>按窗口缩放屏幕,保持宽高比</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One guest pixel per screen pixel, with scroll bars</source>
        <translation>一个客户机像素对应一个屏幕像素,带滚动条</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <source>Save the guest&apos;s screen as a PNG image</source>
        <translation>将客户机屏幕保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Send Clipboard to Guest</source>
        <translation>将剪贴板发送给客户机</translation>
    </message>
    <message>
        <source>Offers the host clipboard to the guest (Latin-1 text only; the guest needs a clipboard agent to use it)</source>
        <translation>把宿主机剪贴板提供给客户机(仅限 Latin-1 文本;客户机需要剪贴板代理才能使用)</translation>
    </message>
    <message>
        <source>Type Clipboard Text</source>
        <translation>键入剪贴板文本</translation>
    </message>
    <message>
        <source>Types the host clipboard into the guest as key presses (up to 4096 characters)</source>
        <translation>把宿主机剪贴板的内容以按键方式输入客户机(最多 4096 个字符)</translation>
    </message>
    <message>
        <source>Accept Clipboard from Guest</source>
        <translation>接受来自客户机的剪贴板</translation>
    </message>
    <message>
        <source>Put text the guest copies on this computer&apos;s clipboard (off: the guest cannot change it)</source>
        <translation>把客户机复制的文本放到本机剪贴板上(关闭时客户机无法改变它)</translation>
    </message>
    <message>
        <source>Keyboard grab</source>
        <translation>键盘捕获</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>安全警告</translation>
    </message>
    <message>
        <source>Click the screen to grab the keyboard</source>
        <translation>点击屏幕以捕获键盘</translation>
    </message>
    <message>
        <source>Enter the console&apos;s VNC password.</source>
        <translation>请输入控制台的 VNC 密码。</translation>
    </message>
    <message>
        <source>Console (full screen)</source>
        <translation>控制台(全屏)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>The console is shown full screen</source>
        <translation>控制台以全屏显示</translation>
    </message>
    <message>
        <source>There is no screen to save: the console is not connected.</source>
        <translation>没有可保存的屏幕:控制台未连接。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press %1 to release</source>
        <translation>键盘已被捕获：按 %1 释放</translation>
    </message>
    <message>
        <source>Press %1 to release the keyboard</source>
        <translation>按 %1 释放键盘</translation>
    </message>
</context>
<context>
    <name>Vireo::VncView</name>
    <message>
        <source>Virtual machine console</source>
        <translation>虚拟机控制台</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation>AltGr</translation>
    </message>
</context>
<context>
    <name>Vireo::WallModel</name>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Waiting for the screen…</source>
        <translation>正在等待屏幕…</translation>
    </message>
    <message>
        <source>%1 · CPU %2 %</source>
        <translation>%1 · CPU %2 %</translation>
    </message>
    <message>
        <source>%1, %2, CPU %3 %</source>
        <translation>%1，%2，CPU %3 %</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Click or press Enter to open the console</source>
        <translation>单击或按 Enter 打开控制台</translation>
    </message>
</context>
<context>
    <name>Vireo::WallRevertDialog</name>
    <message>
        <source>Revert to a Snapshot</source>
        <translation>恢复到快照</translation>
    </message>
    <message>
        <source>Each selected guest that has a snapshot of this name goes back to it. What the guest did since the snapshot is lost.</source>
        <translation>每台拥有此名称快照的所选虚拟机都会恢复到该快照。虚拟机在快照之后所做的一切都会丢失。</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>快照(&amp;S)：</translation>
    </message>
    <message>
        <source>Skipped guests</source>
        <translation>跳过的虚拟机</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will be reverted.</source>
        <translation>
            <numerusform>将恢复 %n 台虚拟机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, no snapshot of this name: %1</source>
        <translation>已跳过，没有此名称的快照：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>Vireo::WallWindow</name>
    <message>
        <source>Wall</source>
        <translation>监视墙</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected guests that are shut off</source>
        <translation>启动所选的已关机虚拟机</translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation>关机(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the selected running guests to shut down</source>
        <translation>请求所选的运行中虚拟机关机</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>恢复到快照(&amp;R)…</translation>
    </message>
    <message>
        <source>Revert the selected guests to a snapshot chosen by name</source>
        <translation>将所选虚拟机恢复到按名称选择的快照</translation>
    </message>
    <message>
        <source>Clone ×&amp;N…</source>
        <translation>克隆 ×N(&amp;N)…</translation>
    </message>
    <message>
        <source>Make many clones of the selected guest</source>
        <translation>为所选虚拟机制作多个克隆</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) on the wall</source>
        <translation>
            <numerusform>监视墙上有 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 guests selected</source>
        <translation>已选择 %1 台虚拟机（共 %2 台）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)</source>
        <translation>
            <numerusform>%1：%n 台虚拟机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the snapshots of %n guest(s)…</source>
        <translation>
            <numerusform>正在读取 %n 台虚拟机的快照…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverting %n guest(s) to “%1”.</source>
        <translation>
            <numerusform>正在将 %n 台虚拟机恢复到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, no such snapshot: %1</source>
        <translation>已跳过，没有此快照：%1</translation>
    </message>
    <message>
        <source>Classroom Wall</source>
        <translation>课堂监视墙</translation>
    </message>
    <message>
        <source>Running guests</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <source>Classroom Wall – %1</source>
        <translation>课堂监视墙 – %1</translation>
    </message>
    <message>
        <source>The screen (%1) could not be read.</source>
        <translation>无法读取屏幕图像（%1）。</translation>
    </message>
    <message>
        <source>No screen: %1</source>
        <translation>没有屏幕：%1</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardCpuMemoryPage</name>
    <message>
        <source>Step 3 of 5: CPUs and memory</source>
        <translation>第 3 步(共 5 步):CPU 和内存</translation>
    </message>
    <message>
        <source>What the virtual machine starts with, and how far it can grow while running.</source>
        <translation>虚拟机启动时拥有的资源,以及运行时最多能增长到多少。</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>vCPUs at &amp;start:</source>
        <translation>启动时的 vCPU 数(&amp;S):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>最大 vCPU 数(&amp;X):</translation>
    </message>
    <message>
        <source>The maximum is what you can add later while the machine runs (CPU hot-add).</source>
        <translation>最大值是以后在虚拟机运行时还能添加的数量(CPU 热添加)。</translation>
    </message>
    <message>
        <source>Set the CPU &amp;topology by hand</source>
        <translation>手动设置 CPU 拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>Soc&amp;kets:</source>
        <translation>插槽(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;ores:</source>
        <translation>核心(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>线程(&amp;H):</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>&amp;Memory at start:</source>
        <translation>启动时的内存(&amp;M):</translation>
    </message>
    <message>
        <source>Maximum memor&amp;y:</source>
        <translation>最大内存(&amp;Y):</translation>
    </message>
    <message>
        <source>The maximum is the balloon&apos;s head-room: memory you can give the running machine later.</source>
        <translation>最大值是内存气球的余量:以后可以再分给运行中的虚拟机的内存。</translation>
    </message>
    <message>
        <source>%1 is not possible here (%2 to %3); it stays at %4.</source>
        <translation>这里不能设为 %1(%2 到 %3);保持为 %4。</translation>
    </message>
    <message>
        <source>Host: %1 CPUs; the hypervisor allows up to %2 vCPUs.</source>
        <translation>宿主机:%1 个 CPU;虚拟机管理程序最多允许 %2 个 vCPU。</translation>
    </message>
    <message>
        <source>Host: %1 memory, %2 available now.</source>
        <translation>宿主机:%1 内存,现在可用 %2。</translation>
    </message>
    <message>
        <source>Host: %1 memory.</source>
        <translation>宿主机:%1 内存。</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardFinishPage</name>
    <message>
        <source>Step 5 of 5: Ready to create</source>
        <translation>第 5 步(共 5 步):准备创建</translation>
    </message>
    <message>
        <source>Nothing has been created yet. Finish creates the disk, defines the virtual machine and starts it; if a step fails, everything is undone.</source>
        <translation>还没有创建任何东西。“完成”会创建磁盘、定义虚拟机并启动它;如果某一步失败,一切都会撤销。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>网络(&amp;T):</translation>
    </message>
    <message>
        <source>127.0.0.1 — only this host (safe)</source>
        <translation>127.0.0.1 — 仅此宿主机(安全)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network the host is on</source>
        <translation>0.0.0.0 — 宿主机所在的每个网络</translation>
    </message>
    <message>
        <source>VNC &amp;listens on:</source>
        <translation>VNC 监听地址(&amp;L):</translation>
    </message>
    <message>
        <source>Warning: anyone who can reach this host on the network can then see and control the virtual machine&apos;s screen. Set a password below.</source>
        <translation>警告:网络上任何能访问此宿主机的人都能看到并控制虚拟机的屏幕。请在下面设置密码。</translation>
    </message>
    <message>
        <source>up to 8 characters (VNC&apos;s limit)</source>
        <translation>最多 8 个字符(VNC 的限制)</translation>
    </message>
    <message>
        <source>VNC &amp;password:</source>
        <translation>VNC 密码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start the virtual machine after creating it</source>
        <translation>创建后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>宿主机开机时自动启动它(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Customize configuration before install</source>
        <translation>安装前自定义配置(&amp;C)</translation>
    </message>
    <message>
        <source>Defines the virtual machine and opens its details; start it from there when it looks right.</source>
        <translation>定义虚拟机并打开其详情;确认无误后从那里启动它。</translation>
    </message>
    <message>
        <source>Op&amp;en its console when it starts</source>
        <translation>启动时打开其控制台(&amp;E)</translation>
    </message>
    <message>
        <source>Domain &amp;XML that will be defined:</source>
        <translation>将要定义的虚拟机 XML(&amp;X):</translation>
    </message>
    <message>
        <source>C&amp;opy XML</source>
        <translation>复制 XML(&amp;O)</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>创建进度</translation>
    </message>
    <message>
        <source>The same with &amp;virt-install:</source>
        <translation>用 virt-install 实现同样效果(&amp;V):</translation>
    </message>
    <message>
        <source>Copy Co&amp;mmand</source>
        <translation>复制命令(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardFirmwareBox</name>
    <message>
        <source>Firmware and TPM</source>
        <translation>固件和 TPM</translation>
    </message>
    <message>
        <source>Add a &amp;TPM 2.0 (emulated by swtpm)</source>
        <translation>添加 TPM 2.0(&amp;T)(由 swtpm 模拟)</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS(SeaBIOS)</translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation>UEFI(OVMF)</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>带安全启动的 UEFI</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Add a TPM 2.0</source>
        <translation>添加 TPM 2.0</translation>
    </message>
    <message>
        <source>About the firmware</source>
        <translation>关于固件</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F):</translation>
    </message>
    <message>
        <source>The host offers no UEFI firmware: install ovmf there.</source>
        <translation>宿主机没有提供 UEFI 固件:请在宿主机上安装 ovmf。</translation>
    </message>
    <message>
        <source>The host&apos;s UEFI firmware does not offer Secure Boot for this machine type.</source>
        <translation>宿主机的 UEFI 固件没有为此机器类型提供安全启动。</translation>
    </message>
    <message>
        <source>The host cannot emulate a TPM: install swtpm and swtpm-tools there.</source>
        <translation>宿主机无法模拟 TPM:请在宿主机上安装 swtpm 和 swtpm-tools。</translation>
    </message>
    <message>
        <source>This operating system cannot boot from BIOS: choose UEFI.</source>
        <translation>此操作系统无法从 BIOS 启动:请选择 UEFI。</translation>
    </message>
    <message>
        <source>This operating system cannot boot from BIOS, and the host offers no UEFI firmware (install ovmf there).</source>
        <translation>此操作系统无法从 BIOS 启动,而宿主机没有提供 UEFI 固件(请在宿主机上安装 ovmf)。</translation>
    </message>
    <message>
        <source>Secure Boot needs the q35 machine type, which the domain gets.</source>
        <translation>安全启动需要 q35 机器类型,虚拟机会使用它。</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardNetworkChoice</name>
    <message>
        <source>Start &amp;It</source>
        <translation>启动它(&amp;I)</translation>
    </message>
    <message>
        <source>Network notice</source>
        <translation>网络提示</translation>
    </message>
    <message>
        <source>Start the chosen virtual network</source>
        <translation>启动所选的虚拟网络</translation>
    </message>
    <message>
        <source>Starts the network now and marks it to start with the host from now on</source>
        <translation>现在启动该网络,并将其设为今后随宿主机启动</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos;</source>
        <translation>虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (not running)</source>
        <translation>虚拟网络“%1”(未运行)</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>宿主机网桥 %1</translation>
    </message>
    <message>
        <source>User networking (no privileges needed; outgoing only)</source>
        <translation>用户模式网络(无需特权;仅能向外连接)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>The virtual network &apos;%1&apos; is not running: the new machine cannot start on it until it is started.</source>
        <translation>虚拟网络“%1”未运行:在它启动之前,新虚拟机无法在其上启动。</translation>
    </message>
    <message>
        <source>No virtual network of this host is running: the new machine cannot start on &apos;%1&apos; until it is started.</source>
        <translation>此宿主机没有正在运行的虚拟网络:在“%1”启动之前,新虚拟机无法在其上启动。</translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;…</source>
        <translation>正在启动“%1”…</translation>
    </message>
    <message>
        <source>Started the virtual network &apos;%1&apos; on %2; it starts with the host from now on</source>
        <translation>已在 %2 上启动虚拟网络“%1”;今后它随宿主机启动</translation>
    </message>
    <message>
        <source>Started the virtual network &apos;%1&apos; on %2</source>
        <translation>已在 %2 上启动虚拟网络“%1”</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardOsPage</name>
    <message>
        <source>Step 2 of 5: Operating system</source>
        <translation>第 2 步(共 5 步):操作系统</translation>
    </message>
    <message>
        <source>Knowing the system sets sensible memory, CPU and disk sizes and the fastest devices it supports.</source>
        <translation>知道是什么系统,就能设置合理的内存、CPU 和磁盘大小,以及它支持的最快设备。</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. debian 12, fedora, windows 11</source>
        <translation>例如 debian 12、fedora、windows 11</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>通用或未知操作系统</translation>
    </message>
    <message>
        <source>Loading the operating system list (osinfo-db)…</source>
        <translation>正在加载操作系统列表(osinfo-db)…</translation>
    </message>
    <message>
        <source>Choose the operating system you will install, or &quot;Generic&quot;.</source>
        <translation>请选择您要安装的操作系统,或选“通用”。</translation>
    </message>
    <message>
        <source>Reading the ISO…</source>
        <translation>正在读取 ISO…</translation>
    </message>
    <message>
        <source>Reading the ISO on the host…</source>
        <translation>正在读取宿主机上的 ISO…</translation>
    </message>
    <message>
        <source>The ISO could not be read from the host (%1): choose the operating system.</source>
        <translation>无法从宿主机读取该 ISO(%1):请选择操作系统。</translation>
    </message>
    <message>
        <source>Could not detect the operating system: %1</source>
        <translation>无法检测操作系统:%1</translation>
    </message>
    <message>
        <source>The ISO (volume &quot;%1&quot;) is not in the operating system list: choose the closest one, or &quot;Generic&quot;.</source>
        <translation>该 ISO(卷“%1”)不在操作系统列表中:请选择最接近的一项,或选“通用”。</translation>
    </message>
    <message>
        <source>Detected &lt;b&gt;%1&lt;/b&gt; from the ISO (volume &quot;%2&quot;).</source>
        <translation>从该 ISO(卷“%2”)检测到 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Generic: 1 GiB memory, 2 vCPUs, 20 GiB disk, virtio devices.</source>
        <translation>通用:1 GiB 内存、2 个 vCPU、20 GiB 磁盘、virtio 设备。</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 内存</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n 个 vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>%1 磁盘</translation>
    </message>
    <message>
        <source>virtio devices</source>
        <translation>virtio 设备(半虚拟化)</translation>
    </message>
    <message>
        <source>emulated devices (no virtio drivers)</source>
        <translation>模拟设备(无 virtio 驱动)</translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation>%1 的推荐配置:%2。</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardSourcePage</name>
    <message>
        <source>Step 1 of 5: Host and installation source</source>
        <translation>第 1 步(共 5 步):宿主机和安装源</translation>
    </message>
    <message>
        <source>Where the virtual machine runs and how its operating system gets installed.</source>
        <translation>虚拟机在哪里运行,以及如何安装它的操作系统。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>宿主机(&amp;H):</translation>
    </message>
    <message>
        <source>How do you want to install the operating system?</source>
        <translation>您想如何安装操作系统?</translation>
    </message>
    <message>
        <source>&amp;Local install media (ISO image)</source>
        <translation>本地安装介质(ISO 镜像)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import an existing disk image</source>
        <translation>导入已有的磁盘镜像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Direct kernel boot (kernel, initrd, command line)</source>
        <translation>直接内核引导(内核、initrd、命令行)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network boot (PXE)</source>
        <translation>网络引导(PXE)(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual install (attach media later)</source>
        <translation>手动安装(稍后挂载介质)(&amp;M)</translation>
    </message>
    <message>
        <source>The virtual machine boots from the network (PXE) the first time its disk is empty. Its network needs a PXE server.</source>
        <translation>虚拟机第一次启动时磁盘为空,会从网络引导(PXE)。它的网络需要一台 PXE 服务器。</translation>
    </message>
    <message>
        <source>No installation source: attach a CD-ROM or boot from the network later, in the virtual machine&apos;s details.</source>
        <translation>没有安装源:稍后在虚拟机的详情中挂载光驱或从网络引导。</translation>
    </message>
    <message>
        <source>/path/to/installer.iso</source>
        <translation>/path/to/installer.iso</translation>
    </message>
    <message>
        <source>ISO &amp;file:</source>
        <translation>ISO 文件(&amp;F):</translation>
    </message>
    <message>
        <source>Choose an ISO image</source>
        <translation>选择 ISO 镜像</translation>
    </message>
    <message>
        <source>or a &amp;pool volume:</source>
        <translation>或存储池中的卷(&amp;P):</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/existing.qcow2</source>
        <translation>/var/lib/libvirt/images/existing.qcow2</translation>
    </message>
    <message>
        <source>Disk &amp;image:</source>
        <translation>磁盘镜像(&amp;I):</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>选择磁盘镜像</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>内核(&amp;K):</translation>
    </message>
    <message>
        <source>Choose a kernel</source>
        <translation>选择内核</translation>
    </message>
    <message>
        <source>&amp;Initrd (optional):</source>
        <translation>initrd(可选)(&amp;I):</translation>
    </message>
    <message>
        <source>Choose an initrd</source>
        <translation>选择 initrd</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>命令行(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>架构(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Virtualization:</source>
        <translation>虚拟化(&amp;V):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities…</source>
        <translation>正在读取宿主机的能力信息…</translation>
    </message>
    <message>
        <source>%1 CPUs, %2 memory (%3 available)</source>
        <translation>%1 个 CPU,%2 内存(%3 可用)</translation>
    </message>
    <message>
        <source>%1 CPUs, %2 memory</source>
        <translation>%1 个 CPU,%2 内存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>KVM (hardware)</source>
        <translation>KVM(硬件)</translation>
    </message>
    <message>
        <source>QEMU (software emulation)</source>
        <translation>QEMU(软件模拟)</translation>
    </message>
</context>
<context>
    <name>Vireo::WizardStoragePage</name>
    <message>
        <source>Step 4 of 5: Storage</source>
        <translation>第 4 步(共 5 步):存储</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s disk.</source>
        <translation>虚拟机的磁盘。</translation>
    </message>
    <message>
        <source>Create a &amp;new disk volume</source>
        <translation>新建磁盘卷(&amp;N)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or file</source>
        <translation>使用已有的卷或文件(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation>不使用磁盘(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P):</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <source>&amp;qcow2: grows as the guest writes; supports snapshots.</source>
        <translation>&amp;qcow2:随客户机写入而增长;支持快照。</translation>
    </message>
    <message>
        <source>&amp;raw: allocated in full now; fastest.</source>
        <translation>&amp;raw:现在就分配全部空间;最快。</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>路径(&amp;T):</translation>
    </message>
    <message>
        <source>or a &amp;volume:</source>
        <translation>或一个卷(&amp;V):</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3)</source>
        <translation>%2 中空闲 %1(%3)</translation>
    </message>
    <message>
        <source>No active storage pool on this host.</source>
        <translation>此宿主机上没有活动的存储池。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
</context>
</TS>
