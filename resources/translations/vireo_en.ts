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
    <name>Vireo::CloneDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
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
        <source>Copy: the clone gets its own full copy of the image. It takes as long as copying the file, and as much space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: the clone gets a small new image that reads from the original and keeps only its own changes. Quick and small, but the original must not change afterwards: do not start or edit it again, or every linked clone breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: the clone uses the very same image. Only for read-only media such as ISOs: two machines writing one disk destroy its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out: the clone has no such disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone ×N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the virtual machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name pattern of the clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names the pattern gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One numeric range in braces: lab-{01..20} gives lab-01 to lab-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen disk mode means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the clone once it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start each clone once it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the clone cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was made and what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone &apos;%1&apos; to a new virtual machine with a new UUID, new MAC addresses and its own display port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make many clones of &apos;%1&apos;, each with a new UUID, new MAC addresses and its own display port. Linked disks make them quick and small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template with 1 linked clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template with %1 linked clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the clone gets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running: shut it down or pause it first, so that its disks do not change during the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clones: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clones: %2, %3 … %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is writable: with Share, the original and the clone write the same disk. Do not run both at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1… (a cancel waits for the copy in progress to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the overlay of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the UEFI variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining the clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::CommandLogDock</name>
    <message>
        <source>Equivalent Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent &amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session as a shell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the command log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the commands to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Session as a Shell Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
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
    <message>
        <source>C&amp;onsole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphical console, or a serial port or text console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console moved to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1 — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ConsoleWindow</name>
    <message>
        <source>%1 on %2 – Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 – %3 – Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::ConvertVolumeDialog</name>
    <message>
        <source>Convert Volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 volume is made from &apos;%2&apos; (%3) in the same pool; &apos;%2&apos; stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 is sparse: it takes only what the guest has written, can be compressed, and takes snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw is allocated in full: it is the fastest, and converts easily to other formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the converted volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the volume to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the conversion</source>
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
    <message>
        <source>Send to the text console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console stream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the text console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SysRq to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SysRq key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consoles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown firmware &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot needs UEFI firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clones made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made but did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (undone): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain to clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no image to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in no storage pool, so no volume can be made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: shut it down or pause it first, so that its disks do not change during the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain named &apos;%1&apos; exists on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 disks now, the clone&apos;s plan %3 (it changed: look again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume named &apos;%1&apos; exists in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefine the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume &apos;%1&apos; of pool &apos;%2&apos; stays (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone disk %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the UEFI variables of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UEFI variables of the original (%1) are neither a volume nor readable here; the clone starts with fresh ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the clone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; undoing it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; starts or ends with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; contains &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the name pattern &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no range; write one such as {01..20}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one range; write one, such as {01..20}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range&apos;s bounds are too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it makes %1 names; one batch makes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the clone&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clone has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copied or linked disk has no new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has %1 disks, the clone&apos;s plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has %1 network interfaces with a MAC, the clone&apos;s plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO or CD-ROM image, which other machines may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backing file of a linked clone, which needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backing file of %1 linked clones, which need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no storage pool: Vireo deletes volumes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a device of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a device of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a device of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a device of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the running guest and from the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the running guest; the configuration still has it, so it comes back at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the configuration; it is gone at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest refused to release %1: it is still attached to the running guest, but is removed from the configuration, so it is gone at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest refused to release %1: it is still attached, and the configuration still has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest did not answer within %1 s: %2 is still attached to the running guest (it may yet let it go), and is removed from the configuration, so it is gone at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest did not answer within %1 s: %2 is still attached (it may yet let it go), and the configuration still has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the media of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject the CD-ROM %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1 into %2 of &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a NIC&apos;s link of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the link of NIC %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the link of NIC %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the MAC addresses in use on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a USB nor a PCI device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the host&apos;s devices on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what the host offers for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bus &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cache mode &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target name &apos;%1&apos; is not a disk name like vdb or sdc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ISO image, or an empty drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disk&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool and a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CD-ROM drive can be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the host&apos;s bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a NIC model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VNC password has at most 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown video model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video RAM must be between 1 MiB and 512 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a USB device of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entropy source must be /dev/urandom, /dev/random or /dev/hwrng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown watchdog model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown watchdog action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sound model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown input device &apos;%1&apos; on &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tablet cannot be on PS/2: choose USB or virtio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TPM model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the device XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unicast MAC address like 52:54:00:12:34:56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by a NIC on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the device change now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device cannot be changed while the domain runs; choose &quot;after restart&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no %1 number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the device for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only disks and CD-ROM drives can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 disk cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk has no source to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 interface cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the device in the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the device to the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no &lt;devices&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the device from the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the device in the domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject the CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is not a CD-ROM drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ISO path must be absolute (start with /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the NIC&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the NIC&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no SPICE display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 on this host cannot take a snapshot with memory of a running UEFI guest (that needs libvirt %2 or newer); take a disk-only snapshot, or shut the guest down first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active domains (running or paused) use it: %1. Their network cards would lose the network until it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop starting the virtual network &apos;%1&apos; with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the DHCP leases of network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address (four numbers 0–255 with dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the subnet with its prefix length, e.g. 192.168.100.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length after &apos;/&apos; must be 0–32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set: the subnet is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a virtual network&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ip address&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ip&gt;: the netmask or prefix is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the network a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network name cannot contain &apos;/&apos; or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host already has a network named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the host&apos;s bridge (for example br0) the guests join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet: use a prefix length from /8 to /30 (a /%1 leaves no room for guests or is larger than any private range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 overlaps %2 of the network &apos;%3&apos;: choose another range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the subnet %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is the subnet&apos;s network or broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is the host&apos;s own address on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DHCP range starts after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download volume &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a disk-only snapshot can quiesce the guest&apos;s file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest is not running, so there is nothing to quiesce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest agent answers in this guest: quiescing needs qemu-guest-agent running in it, on a guest agent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the migration destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source or destination host was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate domain %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the migration&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the migration to post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not running: only an offline migration can move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline migration moves only the definition: it must be kept defined on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline migration cannot copy storage: copy the disks another way, or migrate live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy needs a live migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnelled migration needs peer-to-peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnelled migration goes through libvirt&apos;s connection: it takes no migration address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not defined on the source (transient): there is nothing to undefine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined here and not kept defined there, &apos;%1&apos; is gone for good once it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum downtime cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; sees the host&apos;s own CPU (host-passthrough): a live migration works only to an identical CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver cannot migrate domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source runs %1 and the destination %2: a domain moves only between hosts of the same driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy needs QEMU on both hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run %2 guests of architecture %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run %2 guests with %3 (its virtualization type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no machine type %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the CPU model %2 the domain uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no network &apos;%2&apos; (the domain&apos;s network interface uses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network &apos;%1&apos; on %2 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no storage pool &apos;%2&apos; (disk %3 is a volume of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage pool &apos;%1&apos; on %2 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active storage pool in %2 to copy disk %3 into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has another domain called &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is the source host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination XML renames the domain: a migration keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy volume &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; deleting the copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert to raw or qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 already; choose the other format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: only raw and qcow2 volumes are converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new volume needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume name cannot contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool has a volume named &apos;%1&apos; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the monitor command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is not running; QEMU&apos;s monitor exists only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[The answer was longer than %1 KiB and is cut here.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo has no fields for %1 pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host&apos;s storage driver does not offer %1 pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host does not offer the format &apos;%1&apos; for %2 pools (it offers %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device path on the host, like /dev/sdb1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the one device that holds the file system, like /dev/sdb1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file system (not auto) to format the device with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the server&apos;s host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of the share on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of the Gluster volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the exported folder on the server, like /export/vms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NFS export is an absolute path on the server, like /export/vms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share or volume name cannot contain a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of the volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a volume group name: use letters, digits and + _ . - (not first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the devices to create the volume group on, or define an existing group without creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mount point must be an absolute path on the host, like /mnt/vms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume group %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format %1 as %2 for pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest was asked to release it, but the configuration keeps it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot needs a q35 machine (its variables sit behind SMM); this domain&apos;s machine is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not q35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not say which firmware it has (%1); libvirt checks the choice when the domain starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has no UEFI firmware for this domain (install ovmf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s UEFI firmware has no Secure Boot build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot needs a q35 machine; this domain&apos;s is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the firmware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the firmware of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is running: shut it off first</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Vireo session exported %1: each operation as the commands that do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations that failed are commented out; passwords are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is masked as ********: put it back before running this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or, on the host itself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--live changes the running guest only; the definition keeps the old value, so the next start undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config changes the definition only: it takes effect at the next start; the running guest keeps its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--live changes the running guest now, --config keeps it in the definition for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots the domain from its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the guest to shut down (ACPI power button, or the guest agent): the guest may take its time or refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the guest to restart itself; the guest may refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls the plug: the guest stops at once, without shutting down. The definition and the disks stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presses the reset button: the guest restarts at once, without shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the guest&apos;s vCPUs; its memory stays in the host&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a paused guest&apos;s vCPUs run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the guest&apos;s memory to a file on the host and stops it; the next start resumes from that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the definition from the XML file (a new domain, or a new definition of one with the same name and UUID); nothing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is kept first (with its secrets: the file is yours alone); undefine forgets the domain with its managed save and snapshot metadata, and leaves its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the definition, as the next start will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the domain&apos;s XML: the running guest&apos;s while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets how many vCPUs are online; a running guest can go up to its maximum (hot-add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the most vCPUs the guest can have; only in the definition (--config), from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the guest&apos;s memory in KiB, up to its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running guest gives memory back through its balloon driver (virtio_balloon): without the driver the guest keeps what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the memory ceiling in KiB (the balloon&apos;s limit); only in the definition, from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the balloon driver report the guest&apos;s memory use every so many seconds (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the domain when the host&apos;s libvirtd starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain no longer starts with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virsh edit opens the definition in an editor and defines it when you save; dumpxml --inactive, an edit of the file and define do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single command changes %1: it is an edit of the domain&apos;s XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disk-only puts a new qcow2 overlay beside each disk; the original file becomes its read-only backing file. No memory is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal snapshot inside the qcow2 files: with the memory when the guest runs, so a revert comes back running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quiesce has the guest agent freeze the file systems while the snapshot is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the domain back to the snapshot: running, paused or shut off as it was then. What happened since is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the snapshot; its children move up to its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--children deletes the snapshot and every snapshot taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata makes libvirt forget the snapshot; its data stays in the disks or overlay files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw volume takes its whole size on the host at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qcow2 volume takes room on the host only as the guest writes; --allocation 0 says to reserve nothing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img makes the same file on the host itself; pool-refresh lets libvirt see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the volume and its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net-define makes the network&apos;s definition, net-start creates its bridge (and DHCP server), net-autostart starts it with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the network&apos;s bridge and DHCP server, and starts it with the host from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the network: the guests&apos; network cards on it lose the network; the definition stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the network when the host&apos;s libvirtd starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network no longer starts with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net-destroy stops the network, net-undefine forgets its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the device described in the file; with --live the guest sees it now (hot-plug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the device the file describes; a running guest is asked to let it go and may refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the device in place (a CD-ROM&apos;s media, a network card&apos;s link) as the file describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is not running; only a running guest has a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor sent an empty screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-clone copies the original&apos;s definition with a new name, UUID and MAC addresses, and each writable disk in full (--auto-clone names the copies); --skip-copy leaves a disk shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-clone is the closest command, not the same: it names the disk copies itself, where Vireo names them after the clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no linked disks: Vireo made %1 a qcow2 overlay on the original (qemu-img create -f qcow2 -b ORIGINAL -F FORMAT NEW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot leave a disk out: Vireo&apos;s clone has no %1; virsh detach-disk on the clone does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desc --title sets the short title the manager lists, desc without it the longer description; --edit opens an editor, and an emptied text removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the line to QEMU&apos;s human monitor (HMP) and prints its answer; info commands only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that changes the guest does it behind libvirt&apos;s back: libvirt does not know of the change and may undo or contradict it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the storage pool: mounts or activates its storage and lists its volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the storage pool (despite its name, pool-destroy deletes nothing): its volumes stay, unlisted until it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the pool&apos;s storage: its folder, or a volume group on empty devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans the pool&apos;s storage again, so files made behind libvirt&apos;s back show as volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the storage pool when the host&apos;s libvirtd starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage pool no longer starts with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the pool&apos;s storage itself (its folder, its volume group); the definition stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the pool&apos;s definition; its storage and data stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool-define makes the storage pool&apos;s definition from the file, pool-build its storage (--no-overwrite: never over a file system), pool-start starts it, pool-autostart starts it with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shrink makes the volume smaller: whatever the guest kept past the new end is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the volume bigger; the guest must grow its partition and file system itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrites the volume&apos;s data with zeros; the volume stays, empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vol-upload copies a file from this computer into the volume, through libvirt&apos;s connection (so it works on a remote host too); the volume must exist first, as big as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vol-download copies the volume into a file on this computer, through libvirt&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vol-create-from makes the volume the file describes (its name and format) with the data of the source volume, converted when the formats differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img convert writes the same file on the host itself; pool-refresh lets libvirt see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vCPU maximum and topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtualization type (software emulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the running guest to the destination host: --live copies its memory while it runs and pauses it only for the last pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the definition of the domain to the destination host (--offline: the guest is not running and nothing of it is copied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--p2p: the source host&apos;s libvirtd connects to the destination itself, so the URI is the destination as the source host sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tunnelled sends the data through libvirtd&apos;s own connection instead of a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--persistent keeps the domain defined on the destination host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undefinesource removes its definition from the source host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-storage-all copies the contents of its disks too, for storage the two hosts do not share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--postcopy allows switching to post-copy later (migrate-postcopy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--migrateuri says where the migration data goes (the address the destination&apos;s hypervisor listens on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xml gives the definition to use on the destination (the edited XML, in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bandwidth limits the transfer, in MiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets how long, in milliseconds, the running migration may pause the guest at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches the running migration to post-copy: the guest runs on the destination now and fetches the rest of its memory from the source as it needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the running job (the migration): the guest stays on the source host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presses these keys together on the guest&apos;s keyboard and releases them (Linux key names, virsh&apos;s default code set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo sent them over its VNC connection; virsh sends the same keys through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the maximum downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration goes on copying memory first. (libvirt: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU cannot do post-copy migration on these hosts: it needs the kernel&apos;s userfaultfd, which a QEMU that does not run as root may use only where vm.unprivileged_userfaultfd is 1. Migrate without &quot;Allow switching to post-copy&quot;, or allow userfaultfd on both hosts. (QEMU: %1)</source>
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
    <message>
        <source>fs: a file system on a device of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netfs: a network share (NFS, CIFS, Gluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical: an LVM volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vireo has no fields for %1 pools yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name or IP address of the file server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or share on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS: the exported folder. CIFS: the share&apos;s name. Gluster: the volume&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export or share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LVM volume group that holds the pool&apos;s volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block devices of the host, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host does not list its pool types (%1); libvirt&apos;s usual ones are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these pool types are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices of the volume group on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the volume group on these devices (they must be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat the device with this file system if it has none (never over an existing one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (detected when mounted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

The definition is removed from the host, with its snapshot metadata, saved state and UEFI variables. A backup of the XML is saved first to:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Running domains are forced off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Delete does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked disks are deleted too. Those that other machines may need are unchecked, and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the virtual machines and the checked disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete disk %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; its XML was saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The backup holds the console password: only you can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Disks deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was deleted, but not its disk %2: %3</source>
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
    <name>Vireo::DomainBootFirmware</name>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware to boot with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware can be changed only while the domain is shut off: it is running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the firmware to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain now boots with %1.</source>
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
    <name>Vireo::DomainMonitorPage</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands go straight to QEMU&apos;s human monitor (HMP), as &lt;tt&gt;virsh qemu-monitor-command --hmp&lt;/tt&gt; does. Queries (&lt;tt&gt;info …&lt;/tt&gt;) only read. libvirt does not support changes made behind its back, so any other command is asked for first, and libvirt marks the domain as tainted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the monitor command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a monitor command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a query: it may change %2 behind libvirt&apos;s back, and libvirt does not support such changes. What libvirt shows afterwards may no longer be true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is not running; QEMU&apos;s monitor exists only while it runs.</source>
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
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reported (no DHCP lease, no guest agent)</source>
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
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected · %1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage is not sampled (Edit &gt; Preferences &gt; Polling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
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
    <message>
        <source>QEMU monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3: its details follow it.</source>
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
    <name>Vireo::FlatDomainProxy</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::GrabKeysButton</name>
    <message>
        <source>Click, then press the keys together and let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: press the keys together, then let go</source>
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
    <name>Vireo::HostLabelDialog</name>
    <message>
        <source>Host label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the host&apos;s own name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Label — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this host in the list, the flat list&apos;s Host column and the window titles. Leave it empty to use the host&apos;s own name, &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the label as it was</source>
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
    <message>
        <source>Test driver: %1</source>
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
    <message>
        <source>Networ&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
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
    <message>
        <source>Open &amp;VNC Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP Address Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a clone of the selected virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone ×&amp;N…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make many clones of the selected virtual machine from a name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom &amp;Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show live thumbnails of the running guests of the selected hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lat List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the domains of all hosts together, with a Host column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host a name of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains of all hosts</source>
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
    <name>Vireo::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live (keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline (the definition only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peer-to-peer (the source host talks to the destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunnelled through libvirt&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;storage (disks not shared between the hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it defined on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undefine it on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow switching to post-cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum downtime in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum down&amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth in MiB per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination&apos;s choice, e.g. tcp://10.0.0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;edited XML on the destination (a different disk path…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other host is connected: connect the destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The destination can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) dirtied per second</source>
        <translation>
            <numerusform>%n page dirtied per second</numerusform>
            <numerusform>%n pages dirtied per second</numerusform>
        </translation>
    </message>
    <message>
        <source>expected downtime %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It took %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1 ms of downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the domain stays on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, the domain stays on the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the switch to post-copy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the guest on the destination now and fetch the rest of its memory from the source as it is used: the migration ends, but the guest needs both hosts until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to post-copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::NetworkDialog</name>
    <message>
        <source>Guests reach outside through the host&apos;s address (NAT); outside cannot reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests&apos; traffic is routed to the outside without NAT; the outside network needs a route back to the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests reach each other and the host only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like routed, but libvirt adds no firewall rules at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests join an existing bridge of the host, on the host&apos;s own network; libvirt gives no addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Virtual Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mode does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network address and prefix length. The host takes the first address; guests use it as their gateway and DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 &amp;subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give guests addresses (DHCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give guests addresses with DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First DHCP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last DHCP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host interface (eth0, enp1s0…) the guests&apos; traffic leaves by; empty: whichever the host&apos;s routes choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::NetworksPage</name>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
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
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the network with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the networks and leases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains attached to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP leases of the selected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP leases status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host to see its networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
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
        <source>The host is %1 on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no virtual networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start network &apos;%1&apos; to see its leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; gives no addresses (no DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the leases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host&apos;s network driver does not report DHCP leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest holds a lease now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s).</source>
        <translation>
            <numerusform>%n lease.</numerusform>
            <numerusform>%n leases.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain has a network card on &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Stop network &apos;%2&apos; anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active domains (running or paused) use network &apos;%1&apos;: %2.

Their network cards lose the network until it starts again. Stop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating network &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; created and started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete virtual network &apos;%1&apos;? Its definition is removed; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These domains have network cards on it and will not start until they are moved to another network: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos; deleted.</source>
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
    <message>
        <source>%1 (off)</source>
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
    <message>
        <source>CP&amp;U usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;k I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample network I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the console to its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (one guest pixel per screen pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale to the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that release the keyboard grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;elease the keyboard with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI (OVMF), where the host offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operating system that needs UEFI (Windows 11) gets it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fir&amp;mware:</source>
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
    <message>
        <source>&amp;Quiesce: the guest agent freezes the guest&apos;s file systems while the overlays are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiesce the file systems</source>
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
    <name>Vireo::SpiceSwitchBar</name>
    <message>
        <source>S&amp;witch this VM to VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this VM&apos;s display to VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a SPICE display, which this console cannot show. Switched to VNC, it keeps its listen address and password; the change takes effect the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to VNC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to VNC: the console shows the VM after its next start (shut it down and start it again).</source>
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
    <message>
        <source>Downlo&amp;ad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected volume into a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another transfer is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Volume &apos;%1&apos; to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading &apos;%1&apos; to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded &apos;%1&apos; to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the volume between raw and qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the volume creation, transfer or conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only raw and qcow2 volumes are converted; &apos;%1&apos; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting &apos;%1&apos; to %2 as &apos;%3&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion cancelled; &apos;%1&apos; was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted &apos;%1&apos; into &apos;%2&apos; (%3, %4 on the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the pool first: libvirt builds only a stopped pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded &apos;%1&apos; to %2 (%3, of which %4 of holes were kept as holes: the file takes only its data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::TerminalView</name>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n lines into the terminal? Each line runs as if typed.</source>
        <translation>
            <numerusform>Paste %n line into the terminal? Each line runs as if typed.</numerusform>
            <numerusform>Paste %n lines into the terminal? Each line runs as if typed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::TextConsole</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (list the SysRq keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remount the file systems read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the blocked tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash the kernel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::TextConsolePane</name>
    <message>
        <source>Take Over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the other client and use this console here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over the Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client (virsh console, another Vireo, virt-manager) has %1 open. Take it over? That client is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scrollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything this console printed, as text</source>
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
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt cannot send a break on a serial console; use the SysRq keys below, which go to the guest&apos;s keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+SysRq+%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the console opens when it starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (virsh console, virt-manager, another Vireo) has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scrollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 of output not shown: the guest printed faster than this console can draw]</source>
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
    <message>
        <source>Open the VNC console at the address, with no libvirt connection (vnc://host:5901?password=... gives its password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a VNC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VNC address starts with vnc://, e.g. vnc://host:5901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a path; a VNC address is vnc://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC has no user names; give only the password, as ?password=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hardware to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device XML preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics (VNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest agent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (tablet, keyboard, mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not say whether it can emulate a TPM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot emulate a TPM 2.0: install swtpm and swtpm-tools there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now only (gone after the next restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the next &amp;restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and after &amp;restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;XML:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is shut off: the device goes into its configuration and is there at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot be added to a running guest: it goes into the configuration and appears after the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest gets the device at once (hot-plug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the volume %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the running guest (until it restarts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the configuration: it is there at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the running guest and its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volume in a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO &amp;volume of a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume size in GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows as used, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (allocated in full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO &amp;file on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file or block device on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty &amp;drive (insert media later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio (fastest; hot-plug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCSI (hot-plug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB (hot-plug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct I/O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe (loses data on host crash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hareable between domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable between domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name may only have letters, digits and _ . + -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no ISO volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no volume to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the changes take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is shut off: the changes are there at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed in the running guest and its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB devices of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI devices of the host (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the host&apos;s devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;USB devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI devices (shown only: PCI passthrough needs VFIO and an IOMMU, which Vireo does not set up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has no USB device to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n USB device(s).</source>
        <translation>
            <numerusform>%n USB device.</numerusform>
            <numerusform>%n USB devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel e1000e (Windows without drivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;AC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the addresses the host&apos;s domains use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link up (the guest sees a cable plugged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User networking (no host setup; outgoing only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked against the %n address(es) in use on this host.</source>
        <translation>
            <numerusform>Checked against the %n address in use on this host.</numerusform>
            <numerusform>Checked against the %n addresses in use on this host.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the addresses in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a MAC address or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the running guest and its &amp;configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the running guest &amp;only (back at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the configuration only (&amp;gone after the next restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is asked to release the device; it may refuse, or not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is removed from the configuration. A disk&apos;s data stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on all interfaces lets anyone on the network reach the display: set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio (best for Linux guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QXL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGA (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramfb (UEFI frame buffer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video RAM in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video &amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial port (16550A) on a pseudo-terminal of the host: the text console can attach to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtio console (hvc0 in a Linux guest) on a pseudo-terminal of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the QEMU guest agent talks through (install qemu-guest-agent in the guest): clean shutdown, file system freeze, guest addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entropy from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/hwrng (the host&apos;s hardware RNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtio random number generator feeds the guest&apos;s entropy pool from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel 6300ESB (PCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel iTCO (q35 chipset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iBase IB700 (ISA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the guest &amp;hangs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut it down cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump its memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel HDA (ICH9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel HDA (ICH6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC97</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet (absolute pointer: no drift in VNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRB (TPM 2.0, for Windows 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the host whether it can emulate a TPM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TPM 2.0 emulated by swtpm on the host; its state is kept with the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TPM 2.0 is emulated by swtpm on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert ISO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an ISO into the selected CD-ROM drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject the selected CD-ROM drive&apos;s media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut or connect the selected NIC&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the guest to release %1 (up to %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media of %1 was ejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the ISO image on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO path must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of NIC %1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of NIC %1 is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt cannot change this in a running guest: shut the domain off to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media changes in the running guest now. The bus is greyed: libvirt changes it only while the domain is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk&apos;s source, bus, cache and sharing are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and link change in the running guest now. The model and MAC address are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model and video RAM are greyed: libvirt changes them only while the domain is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the domain runs, CD-ROM media and a NIC&apos;s source and link change at once, and disks and NICs can be added and removed live; a disk&apos;s bus, cache and source, a NIC&apos;s model and MAC address, and the video model can be edited only while it is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Vireo::VncAddressWindow</name>
    <message>
        <source>%1 – VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open VNC Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC address (vnc://host:port; the server asks for its password if it has one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
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
    <message>
        <source>Keyboard grabbed: press %1 to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to release the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::VncView</name>
    <message>
        <source>Virtual machine console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WallModel</name>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · CPU %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, CPU %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to open the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WallRevertDialog</name>
    <message>
        <source>Revert to a Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each selected guest that has a snapshot of this name goes back to it. What the guest did since the snapshot is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will be reverted.</source>
        <translation>
            <numerusform>%n guest will be reverted.</numerusform>
            <numerusform>%n guests will be reverted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, no snapshot of this name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WallWindow</name>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected guests that are shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected running guests to shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the selected guests to a snapshot chosen by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone ×&amp;N…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make many clones of the selected guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) on the wall</source>
        <translation>
            <numerusform>%n guest on the wall</numerusform>
            <numerusform>%n guests on the wall</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 guests selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)</source>
        <translation>
            <numerusform>%1: %n guest</numerusform>
            <numerusform>%1: %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the snapshots of %n guest(s)…</source>
        <translation>
            <numerusform>Reading the snapshots of %n guest…</numerusform>
            <numerusform>Reading the snapshots of %n guests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverting %n guest(s) to “%1”.</source>
        <translation>
            <numerusform>Reverting %n guest to “%1”.</numerusform>
            <numerusform>Reverting %n guests to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, no such snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom Wall – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen (%1) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen: %1</source>
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
    <message>
        <source>The same with &amp;virt-install:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Co&amp;mmand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::WizardFirmwareBox</name>
    <message>
        <source>Firmware and TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;TPM 2.0 (emulated by swtpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a TPM 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host offers no UEFI firmware: install ovmf there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s UEFI firmware does not offer Secure Boot for this machine type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot emulate a TPM: install swtpm and swtpm-tools there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operating system cannot boot from BIOS: choose UEFI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operating system cannot boot from BIOS, and the host offers no UEFI firmware (install ovmf there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot needs the q35 machine type, which the domain gets.</source>
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
