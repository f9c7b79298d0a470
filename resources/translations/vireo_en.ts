<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Read the console settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no graphical display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s display is %1; only VNC is supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the console settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the console password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel the console through SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use the SSH transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display&apos;s address %1 port %2 cannot be tunnelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display listens on a UNIX socket on the remote host, which cannot be reached from here. Make it listen on a TCP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display listens on %1 of the remote host only, and the SSH tunnel is turned off for this host. Turn &quot;Tunnel Through SSH&quot; back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display listens on %1 of the remote host only. Connect to the host over SSH (for example qemu+ssh://) so that the console can be tunnelled, or make the display listen on an address this computer can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the console was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console asks for an authentication this client does not support (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the encodings to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the console failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending input to the console failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stopped responding in the middle of a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console sent data this client cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console asked for a %1×%2 screen, larger than this client accepts (%3 megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver (fixture file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: libvirt&apos;s built-in test host (test:///default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver fixture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fixture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixture file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver fixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (unencrypted, SASL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the host, e.g. root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoconnect at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconnect at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (simulated, no real VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo — libvirt&apos;s test driver with made-up domains; nothing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is already in the list. Show It selects it in the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::AlsoAfterRestartBox</name>
    <message>
        <source>Also after &amp;restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Application</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo was asked to show one window, but no connection is saved or named. Start it with --connect URI, e.g. vireo --connect qemu:///system --show-domain-console NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to show: use --connect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the New Virtual Machine wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list; it is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ApplyBar</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::AskpassDialog</name>
    <message>
        <source>SSH — Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH asks for a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::AuthDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for credentials to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the password in the desktop keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ConsolePage</name>
    <message>
        <source>The domain was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel Through SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach this host&apos;s consoles through an encrypted SSH tunnel, wherever the display listens (remembered for the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for hosts that libvirt reaches over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the console settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console appears when the guest starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver, which has no real displays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: the screen and your keys cross the network in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console connects to %1 port %2 directly. VNC does not encrypt: anyone on the network in between can watch the screen and read what you type. Reach the host over SSH (for example qemu+ssh://) with &quot;Tunnel Through SSH&quot; on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not reachable from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ConsoleWindow</name>
    <message>
        <source>%1 – Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 – Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Core</name>
    <message>
        <source>Guests can get up to %1: the memory the host&apos;s kernel manages (/proc/meminfo). libvirt&apos;s NUMA cells add up to %2 (virNodeGetInfo); that figure matters only to guests pinned to NUMA cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-copy migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-copy migration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not a &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may only contain letters, digits and the characters _ . + -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a virtualization type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum vCPUs (%1) cannot be below the vCPUs at start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine needs some memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum memory (%1 MiB) cannot be below the memory at start (%2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the installation media (an ISO file or volume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disk image to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct kernel boot needs the path of a kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network boot (PXE) needs a network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk has no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk format must be qcow2 or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VNC listen address must be an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC passwords are limited to 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host cannot run %1 guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM is not usable on this host, so a kvm guest would not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU emulation: %1 is not this host&apos;s architecture (%2), so KVM cannot run it; guests run much slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU emulation: the CPU is emulated in software, many times slower than KVM, which this host offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU emulation: this host does not offer KVM, so guests run much slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the only virtualization type this host offers for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the capabilities of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the domains of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the operating system list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no osinfo-db data in %1 (install the osinfo-db package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ISO-9660 volume descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an ISO-9660 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too small for an ISO image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the disk volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine &apos;%1&apos; was created. KVM is not usable on this host, so it was changed to software emulation (type qemu) and started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine &apos;%1&apos; was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation was cancelled during the step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 (%2, %3) in pool &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos; with software emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on autostart for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start domain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything created so far (the host went away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; was undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume &apos;%1&apos; was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 path must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the host&apos;s capabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host offers no architecture for full virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor allows at most %1 vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has only %1 of memory; the maximum cannot exceed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More vCPUs than the host has CPUs: the guest will run slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has only %1 available now; the machine may not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no active storage pool: choose an existing file or no disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool &apos;%1&apos; has only %2 free; a raw disk of %3 needs all of it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the pool has only %1 free; the qcow2 disk can fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the disk image, or choose a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk path must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the disk image %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk image %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier step needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine named &apos;%1&apos; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool &apos;%1&apos; already has a volume named &apos;%2&apos;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 vCPUs; that must equal the maximum vCPUs (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domain &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define domain from XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the XML of domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the domain is running (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the domain has a definition (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the backup folder %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete domain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title and description of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is transient: it has no definition to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &apos;%1&apos; with software emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vCPUs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the vCPUs of &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain needs at least one vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the maximum vCPUs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the maximum vCPUs of &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vCPUs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the memory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the memory of &apos;%1&apos; to %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory cannot be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the maximum memory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the maximum memory of &apos;%1&apos; to %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the memory statistics period of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the memory statistics period of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the memory statistics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change autostart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change autostart of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UNIX socket on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere (only through libvirt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the boot options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown boot device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initrd or kernel arguments need a kernel path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vCPU maximum and topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no &lt;vcpu&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the edited XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;uuid&gt; element is missing; it must stay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UUID was changed to %1; it must stay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;name&gt; element is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot take internal snapshots of a UEFI guest (that needs libvirt %2 or newer); take a disk-only snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1 is %2, not qcow2: an internal snapshot needs every writable disk in qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1 is not a file (%2): there is nowhere beside it for an overlay file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no writable disk to take a snapshot of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot revert to an external snapshot (that needs libvirt %2 or newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot delete an external snapshot (that needs libvirt %2 or newer); delete its metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot delete an external snapshot together with its children; delete them one by one, the newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert &apos;%1&apos; to snapshot &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot &apos;%1&apos; of &apos;%2&apos; before reverting it; nothing was reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos; of &apos;%2&apos; with its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the metadata of snapshot &apos;%1&apos; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the snapshot XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name cannot begin or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name cannot contain a slash (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name cannot begin with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a snapshot called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to software emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is not a kvm domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the virtual networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual network &apos;%1&apos; with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown libvirt error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read domain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication cancelled. Connect again to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host asks for credentials, but nothing in Vireo is there to ask you for them, so it was not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1. Connect again to try other credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a libvirt URI, for example qemu:///system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a libvirt URI (driver[+transport]://[user@][host][:port]/path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixture file must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixture file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the remote host&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 domain capabilities of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uid %2, gid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to domain events on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (I/O error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is libvirt&apos;s test driver: its guests are simulated, and nothing runs on a processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM concerns QEMU hosts; this host uses the %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user QEMU runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on VT-x or AMD-V in the firmware setup; inside a VM, enable nested virtualization in the outer hypervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the kvm module: modprobe kvm_intel (or kvm_amd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the kvm group (usermod -aG kvm %2), or give the device to that group: chgrp kvm /dev/kvm; chmod 660 /dev/kvm, kept across reboots by a udev rule: KERNEL==&quot;kvm&quot;, GROUP=&quot;kvm&quot;, MODE=&quot;0660&quot;. Then restart libvirtd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the kvm group (usermod -aG kvm %2) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root can open /dev/kvm but %1 cannot. libvirt then finds KVM usable and QEMU does not, so libvirt probes QEMU again on every call: every action on this host takes seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guests run under software emulation (QEMU), slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVM: this CPU has neither vmx nor svm, so %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVM: /dev/kvm does not exist, so %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVM: %1 cannot open /dev/kvm (%2), so %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVM: libvirt does not offer it (%1), so %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: libvirt offers it and the CPU has %1; /dev/kvm cannot be checked from here (remote host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown flag set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: libvirt offers it; the CPU&apos;s flags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM: the CPU has %1 and /dev/kvm is usable, so guests run at near native speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU virtualization extensions (vmx / svm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM needs the processor&apos;s virtualization extensions: vmx on Intel (VT-x), svm on AMD (AMD-V). They can be switched off in the firmware setup, and are usually hidden inside a VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/cpuinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmx present (Intel VT-x), from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svm present (AMD-V), from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither vmx nor svm in %1: this CPU cannot run KVM guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM kernel module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kvm module, with kvm_intel or kvm_amd, is the part of Linux that runs guests on the CPU directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 is loaded; the vendor module (kvm_intel or kvm_amd) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built into the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded (try: modprobe kvm_intel or modprobe kvm_amd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/kvm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU opens /dev/kvm to use KVM. It must exist and be readable and writable by the user QEMU runs as (usually through the kvm group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can open it (%2), but without vmx or svm KVM cannot run guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can open it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root can open it (%1), but %2 cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot open it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user QEMU runs as is not known (no DAC label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked from here: this is a remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtualization types offered by libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvm runs guests at near-native speed. qemu (TCG) emulates the CPU in software: it works everywhere, but is many times slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvm and qemu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt offers kvm%1, but KVM is not usable here (see above): use qemu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and qemu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu only (software emulation): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host offers neither kvm nor qemu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated domains: there is no processor, /dev/kvm or hypervisor to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver keeps its domains in memory and simulates their states; it is for trying Vireo out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU extensions and /dev/kvm matter to QEMU/KVM hosts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action on this host is slow: see /dev/kvm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check virtualization support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the storage pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volumes of pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and the partial volume could not be deleted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start storage pool &apos;%1&apos; with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop starting storage pool &apos;%1&apos; with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the storage of pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the definition of storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the host which storage pool types it supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the pool a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pool name cannot contain &apos;/&apos; or start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host already has a pool named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder must be an absolute path on the host, like /var/lib/libvirt/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and its definition could not be removed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder %1 of pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume needs a size above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running with it; shut the guest down before shrinking its disk, and shrink its file system first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses this volume: the guest must grow its own partition and file system to use the new space (after a restart, the disk shows the new size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe volume &apos;%1&apos; of pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a storage pool&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a volume&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s storage pool types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 into pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ended early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new volume could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DefinePoolDialog</name>
    <message>
        <source>Define Storage Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir: a folder on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host&apos;s storage driver does not offer dir pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo defines dir pools so far; a %1 pool needs fields of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the host (not on this computer). libvirt creates it if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new pool with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host does not list its pool types (%1); dir is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why only dir is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainActionSet</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (or resume) the selected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected paused domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the guest operating system to shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the guest operating system to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the plug: stop the domain at once, without shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the reset button: restart at once, without shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the domain&apos;s memory to disk and stop it (managed save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected domains from their host (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shu&amp;t Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuts the guest down; its menu has Reboot, Force Reset, Force Off and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1?

This stops the domain at once, like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reset %1?

This restarts the domain at once, like pressing the reset button: unsaved data in the guest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off &apos;%1&apos;?

This stops the domain at once, like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

The definition is removed from the host. A backup of the XML is saved first to:
%2

Disk images are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Running domains are forced off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; its XML was saved to %2. The backup holds the console password: only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; its XML was saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1?

The guest stops running until it is resumed; its network connections may time out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainBootPage</name>
    <message>
        <source>Start when the &amp;host starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a boot &amp;menu when the domain starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot device order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware offers a menu of boot devices at start (Esc or F12 in most of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /var/lib/libvirt/boot/vmlinuz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some devices carry their own boot order; see the Devices and XML pages. The list here is then ignored by libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initrd path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel a&amp;rguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The domain boots this way at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainConfig</name>
    <message>
        <source>Change the boot options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vCPU maximum and topology of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to software emulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainCpuPage</name>
    <message>
        <source>Also change the persistent definition, so the domain keeps this count when it starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;maximum and topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum and topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum and topology can be changed while the domain is shut off. Up to the maximum, vCPUs are added live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported vCPU counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores per socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a topology, each vCPU is a socket of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sockets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not possible (%3 to %4); it stays at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain reports %1 of at most %2 vCPUs running now; %3 at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is defined with %1 of at most %2 vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the definition; the domain starts with this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the running domain now and its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the running domain only; it starts again with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor or the guest refused to remove vCPUs while the domain runs; it still has %1. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2 vCPUs. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainDevicesPage</name>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random number generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smartcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panic notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainMemoryPage</name>
    <message>
        <source>Also change the persistent definition&apos;s current memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum can be changed while the domain is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (balloon target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual memory of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloon driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest memory statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (guest has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balloon target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest reports %1 usable of %2 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain has no memory balloon device, so its memory cannot change while it runs. Shut it off to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has not moved its balloon since the target changed: it seems to have no balloon driver (virtio_balloon) loaded. It keeps %1 until the driver runs or the domain restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the guest&apos;s balloon driver to reach the target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloon statistics could not be turned on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the definition; the domain starts with this much memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the balloon now and changes the definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the balloon now; the domain starts again with its defined memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running domain now has a target of %1, but its definition was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainOverviewPage</name>
    <message>
        <source>Checking the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Software Emulation Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when the &amp;host starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use software emulation instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the domain&apos;s type from kvm to qemu (software emulation, slower) and starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM (hardware virtualization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM, but starting it will fail here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG): slow; KVM is usable on this host, type kvm would run at near native speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to software emulation and starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching &apos;%1&apos; to software emulation and starting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now runs with software emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs with software emulation (its type is qemu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 vCPUs, %3 of %4 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainPerformancePage</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainSnapshotsPage</name>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current snapshot: the domain&apos;s present state builds on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture of the screen: the domain was not running when this snapshot was taken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot &apos;%1&apos; of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took snapshot &apos;%1&apos; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot &apos;%1&apos;, then reverting %2 to &apos;%3&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting %1 to snapshot &apos;%2&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted %1 to snapshot &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting snapshot &apos;%1&apos; of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted snapshot &apos;%1&apos; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests can get up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected, so the state of &apos;%2&apos; is unknown. When last seen it was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
UUID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainWindow</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain no longer exists on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain details — Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 applied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not applied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 set to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 — Vireo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainWindowChrome</name>
    <message>
        <source>Domain toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the graphical console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the virtual hardware details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the manager window with every host and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off the domain that ignored Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DomainXmlPage</name>
    <message>
        <source>Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persistent definition. A running domain takes most changes at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating and applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied; the domain is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied. The running domain takes the change at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::HostAuthPrompter</name>
    <message>
        <source>Logging in to %1 with the password stored in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the password stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo cannot remember the password: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1: %2; the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is stored in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was not stored: %2. Nothing was written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::HostEventLog</name>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 crashed: now %3, before %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 changed from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::HostSession</name>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt is still examining the hypervisor; the first time can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::HostSummaryWindow</name>
    <message>
        <source>%1 — Connection Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU usage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtualization check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtualization verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the virtualization check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n logical CPU(s) at %3 MHz</source>
        <translation>
            <numerusform>%1 (%2), %n logical CPU at %3 MHz</numerusform>
            <numerusform>%1 (%2), %n logical CPUs at %3 MHz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 socket(s) × %2 core(s) × %3 thread(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host to check its virtualization support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::HostWorker</name>
    <message>
        <source>List the domains of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read statistics of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::MainWindow</name>
    <message>
        <source>Vireo — Virtual Machine Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details and console of the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define from XML &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection to %1 (%2) from Vireo?

Its domains are not touched; you can add the connection again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 1&amp;0 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;p&gt;A fast virtual machine manager for libvirt hosts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter domains by name or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show domains in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (running or paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host is connected. Add a connection to a libvirt host, or look around on the demo host: simulated, with no real VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection to a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Demo Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the demo host (simulated, no real VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connected host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define from XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a domain definition (over 4 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a &lt;domain&gt; definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined a domain from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::MemorySize</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::MessageLogView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain XML is shown here once the problem below is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos; on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined but could not start: KVM is not usable on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel undoes the creation: the new virtual machine is removed, with its new disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &apos;%1&apos; on %2; KVM is not usable there, so it runs with software emulation (its type is qemu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos; on %2 was cancelled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::NewVolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;qcow2: grows as the guest writes; supports snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;raw: allocated in full now; fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size in GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qcow2 volume can read from another volume and keep only what the guest changes: a quick copy of a prepared image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name cannot contain &apos;/&apos; or be &apos;.&apos; or &apos;..&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool already has a volume named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::PerfChart</name>
    <message>
        <source>%1 (not reported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;statistics every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the guest&apos;s &amp;clipboard to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For consoles of virtual machines you have not chosen for yet; each console&apos;s Clipboard menu still decides for its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows as the guest writes; snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (allocated in full; fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 — only this host (safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 — every network the host is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics &amp;listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force off or force reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deleting a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pausing a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows at the next start of Vireo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ProblemWindow</name>
    <message>
        <source>Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and quit Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and quit Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo — problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo — connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ResizeVolumeDialog</name>
    <message>
        <source>Resize Volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 now (%3 on the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New size in GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resize means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller than now: whatever the guest stored past %1 is lost. Shrink the guest&apos;s file system first. You will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ResourceSlider</name>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exact value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2; it stays at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2; it stays at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will apply %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ShutdownWatcher</name>
    <message>
        <source>%1 — ignored Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not shut down %2 s after Shut Down. The guest may not handle the request (no ACPI support, or a dialog waiting in it). Force Off stops it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotCreateDialog</name>
    <message>
        <source>Include &amp;memory: the full system, inside the qcow2 disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal: inside the qcow2 disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;k only: new overlay files beside the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain cannot take a snapshot now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotDeleteDialog</name>
    <message>
        <source>&amp;This snapshot only (its children move to its parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This snapshot and its &amp;children (%n more)</source>
        <translation>
            <numerusform>This snapshot and its &amp;child (%n more)</numerusform>
            <numerusform>This snapshot and its &amp;children (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its &amp;metadata only: libvirt forgets it, its data stays in the disk files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot &apos;%1&apos;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot and its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot has no children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::SnapshotRevertDialog</name>
    <message>
        <source>Take a &amp;snapshot of the present state first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the snapshot holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to snapshot &apos;%2&apos;?

The present state of the domain will be lost: everything written to its disks since, and its memory if it runs. The domain comes back %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reverting does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the present state first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before-revert_%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before reverting to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::SshTunnel</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server does not allow forwarding to the display (see AllowTcpForwarding and PermitOpen in its sshd_config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote host could not reach the display&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server did not connect the tunnel to the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote host&apos;s key was not accepted: it is not known (and was not confirmed) or it has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server refused the login (the password or key passphrase was not accepted, or the question was cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::StartupRequest</name>
    <message>
        <source>It has no domains at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no domain &apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo was asked to show %1, but %2 has no domain of that name or UUID. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2

Vireo was asked to show %3 and keeps trying in the background; Retry tries now, Close gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo shows %1 as soon as %2 answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::StoragePage</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the pool&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;efine pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pool&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pool&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool capacity, allocation and available space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes of the selected pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity is the size the guest sees; the bar is what the volume takes on the host now. A qcow2 volume grows as the guest writes (a new 20 GiB qcow2 takes well under 1 MiB); a raw one takes its full size at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity and allocation explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a volume in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up&amp;load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a local file into the pool as a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the selected volume with zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume creation or upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the volume creation or upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host to see its storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pool &apos;%1&apos; to see its volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
reads from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 are on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host&apos;s storage driver cannot do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active pool can be rescanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt deletes only a stopped pool&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt undefines only a stopped pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is not defined (it lasts until it stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool when the host&apos;s libvirt starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 · allocated %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the storage of pool &apos;%1&apos;?

libvirt removes %2 from the host, with whatever is left in it. The pool&apos;s definition stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pool &apos;%1&apos; from this host&apos;s pools?

Its storage and volumes stay where they are; the pool can be defined again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining pool &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined and started pool &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volume &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created volume &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a File into the Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.img *.qcow2 *.raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1: the pool already has a volume named &apos;%2&apos;; rename the file or delete that volume first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resized &apos;%1&apos; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink &apos;%1&apos; from %2 to %3?

Whatever the guest stored past %3 is lost. Shrink the guest&apos;s file system first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe &apos;%1&apos;?

Every byte of its %2 is overwritten with zeros: what a guest stored on it is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiped &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; (%2)?

Its data is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 use(s) it as a disk and will not start until the disk is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the hypervisor at URI (repeatable), e.g. qemu:///system, qemu+ssh://user@host/system; &apos;demo&apos; is the embedded demo host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details window of the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the console of the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the New Virtual Machine wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the connection details of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample statistics every MS milliseconds (0 turns sampling off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo: a fast manager for virtual machines on libvirt hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect needs a URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stats-interval takes 0 (off) or at least 100 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop keyring answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM Is Not Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not start: KVM is not usable on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software emulation (QEMU TCG) runs the guest without hardware virtualization: it works on any host, but several times slower. Vireo changes the domain&apos;s type from kvm to qemu and starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Software Emulation Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use software emulation instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM is not usable: use software emulation instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching &apos;%1&apos; to software emulation and starting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs with software emulation (its type is qemu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools (those that do not fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Vireo (closes every window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (disks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks (external overlays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full system (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in LANG (zh_CN or en) instead of the locale&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for tests that start Vireo without a person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after takes a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::VncConnection</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::VncConsole</name>
    <message>
        <source>Console screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send key combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the screen to the window, keeping its aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guest pixel per screen pixel, with scroll bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guest&apos;s screen as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Clipboard to Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers the host clipboard to the guest (Latin-1 text only; the guest needs a clipboard agent to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type Clipboard Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types the host clipboard into the guest as key presses (up to 4096 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Clipboard from Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put text the guest copies on this computer&apos;s clipboard (off: the guest cannot change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the screen to grab the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the console&apos;s VNC password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is shown full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screen to save: the console is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::VncView</name>
    <message>
        <source>Virtual machine console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardCpuMemoryPage</name>
    <message>
        <source>Step 3 of 5: CPUs and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the virtual machine starts with, and how far it can grow while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs at &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum is what you can add later while the machine runs (CPU hot-add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the CPU &amp;topology by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soc&amp;kets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum is the balloon&apos;s head-room: memory you can give the running machine later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible here (%2 to %3); it stays at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1 CPUs; the hypervisor allows up to %2 vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1 memory, %2 available now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1 memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardFinishPage</name>
    <message>
        <source>Step 5 of 5: Ready to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been created yet. Finish creates the disk, defines the virtual machine and starts it; if a step fails, everything is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 — only this host (safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 — every network the host is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC &amp;listens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: anyone who can reach this host on the network can then see and control the virtual machine&apos;s screen. Set a password below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 8 characters (VNC&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the virtual machine after creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customize configuration before install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defines the virtual machine and opens its details; start it from there when it looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en its console when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &amp;XML that will be defined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardNetworkChoice</name>
    <message>
        <source>Start &amp;It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the network now and marks it to start with the host from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User networking (no privileges needed; outgoing only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual network &apos;%1&apos; is not running: the new machine cannot start on it until it is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual network of this host is running: the new machine cannot start on &apos;%1&apos; until it is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the virtual network &apos;%1&apos; on %2; it starts with the host from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the virtual network &apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardOsPage</name>
    <message>
        <source>Step 2 of 5: Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing the system sets sensible memory, CPU and disk sizes and the fastest devices it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. debian 12, fedora, windows 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the operating system list (osinfo-db)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operating system you will install, or &quot;Generic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ISO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ISO on the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO could not be read from the host (%1): choose the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not detect the operating system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO (volume &quot;%1&quot;) is not in the operating system list: choose the closest one, or &quot;Generic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected &lt;b&gt;%1&lt;/b&gt; from the ISO (volume &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic: 1 GiB memory, 2 vCPUs, 20 GiB disk, virtio devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated devices (no virtio drivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardSourcePage</name>
    <message>
        <source>Step 1 of 5: Host and installation source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the virtual machine runs and how its operating system gets installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to install the operating system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local install media (ISO image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an existing disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct kernel boot (kernel, initrd, command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network boot (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual install (attach media later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine boots from the network (PXE) the first time its disk is empty. Its network needs a PXE server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installation source: attach a CD-ROM or boot from the network later, in the virtual machine&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/installer.iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ISO image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a &amp;pool volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/existing.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initrd (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtualization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs, %2 memory (%3 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs, %2 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM (hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU (software emulation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardStoragePage</name>
    <message>
        <source>Step 4 of 5: Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new disk volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;qcow2: grows as the guest writes; supports snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;raw: allocated in full now; fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active storage pool on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
